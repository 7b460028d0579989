package se.livsviktig.careprogram.service.internal.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import se.livsviktig.careprogram.model.AdministrationHealth;

/**
 * The health overview of a site as ONE statement, however many administrations and programmes it has: per
 * administration with routines on the site, its routines, those due today or later (reviewed on time), and the
 * site's programmes it has no routine for. Those are the site's programmes less the administration's routines: a
 * routine belongs to its programme's site (LocalRoutineLocalServiceImpl takes the group from the programme) and
 * there is one per programme and administration (the unique index), so the site's programmes are counted ONCE by
 * an uncorrelated subquery. A correlated NOT EXISTS per administration and programme made the page 3.4 times the
 * raw GROUP BY at 50 administrations × 40 programmes (benchmarks/careprogram-health-benchmark). Plain SQL both
 * databases read alike, run through the portal's SQL transformer.
 *
 * @author Livsviktig
 */
public final class AdministrationHealthQuery {

	/**
	 * Parameters: the start of today in the company's time zone, the groupId, the groupId again.
	 */
	public static final String SQL = String.join(
		" ", "select r.organizationId as organizationId,",
		"count(*) as routineCount,",
		"sum(case when r.nextReviewDate >= ? then 1 else 0 end) as onTimeCount,",
		"(select count(*) from LVCareProgram_CareProgram p",
		"where p.groupId = ?) - count(*) as missingCount",
		"from LVCareProgram_LocalRoutine r where r.groupId = ?",
		"group by r.organizationId order by r.organizationId");

	/**
	 * @return the first moment of the day {@code now} falls on in the company's time zone: a routine due any time
	 *         today is still on time today (ReviewStatuses counts it overdue from tomorrow)
	 */
	public static Date startOfToday(Instant now, TimeZone timeZone) {
		ZoneId zoneId = timeZone.toZoneId();

		return Date.from(
			LocalDate.ofInstant(
				now, zoneId
			).atStartOfDay(
				zoneId
			).toInstant());
	}

	/**
	 * @param rows the statement's rows: organizationId, routineCount, onTimeCount, missingCount as numbers of
	 *        whatever type the database's driver gives
	 */
	public static List<AdministrationHealth> toAdministrationHealths(
		List<Object[]> rows) {

		List<AdministrationHealth> administrationHealths = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			administrationHealths.add(
				new AdministrationHealth(
					_number(row[0]).longValue(), _number(row[1]).intValue(),
					_number(row[2]).intValue(), _number(row[3]).intValue()));
		}

		return administrationHealths;
	}

	private static Number _number(Object value) {

		// SUM over no rows is NULL; count and sum come back as Long, BigInteger or BigDecimal by database

		if (value == null) {
			return 0;
		}

		return (Number)value;
	}

	private AdministrationHealthQuery() {
	}

}
