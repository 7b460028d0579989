package se.livsviktig.careprogram.service.internal.figures;

import java.sql.Timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.careprogram.review.ReviewSchedule;

/**
 * The report's "VIP routines reviewed on time" per administration as ONE statement, judged at the end of the
 * period (or today, for a period not over yet): every routine that existed then is due to be kept reviewed, and it
 * was on time if its last review before then (a confirmation or a new approved version from the review log,
 * {@code ContentReview}), or its creation when it had none, plus its interval in calendar months falls on the
 * judging day or later: the rule of the badge and the health overview, applied to the history instead of today's
 * columns, so a closed period's figure does not change when the routine is reviewed later.
 *
 * <p>
 * The months are added in Java ({@link EarliestOnTimeReview}, the company's calendar): the statement compares the
 * last review with the earliest on-time moment of the routine's interval, one parameter per possible interval
 * (1–60 months), so no database adds months in its own way. The interval is the routine's interval today.
 * </p>
 *
 * <p>
 * Rolled up, each row is a child of the given parent organisation with every routine of its subtree (the portal's
 * {@code treePath}), as training's rolled-up figures. Plain SQL both databases read alike, run through the portal's
 * SQL transformer. Columns: organizationId, routineCount, onTimeCount.
 * </p>
 *
 * @author Livsviktig
 */
public final class RoutineReviewFiguresQuery {

	/**
	 * @param  to the first moment after the period
	 * @param  now the routines are judged at {@code now} instead when the period is not over yet
	 * @param  timeZone the company's time zone, whose calendar counts the months and the days
	 */
	public RoutineReviewFiguresQuery(
		long companyId, Date to, Date now, TimeZone timeZone) {

		_companyId = companyId;

		_judgedAt = new Timestamp(Math.min(to.getTime(), now.getTime()));

		ZoneId zoneId = timeZone.toZoneId();

		Date judgingDayStart = Date.from(
			LocalDate.ofInstant(
				Instant.ofEpochMilli(_judgedAt.getTime()), zoneId
			).atStartOfDay(
				zoneId
			).toInstant());

		for (int months = ReviewSchedule.MINIMUM_INTERVAL_MONTHS;
			 months <= ReviewSchedule.MAXIMUM_INTERVAL_MONTHS; months++) {

			_earliestOnTimeReviews.add(
				new Timestamp(
					EarliestOnTimeReview.of(
						judgingDayStart, months, timeZone
					).getTime()));
		}
	}

	/**
	 * @return the rows as the API's figures; counts come back as Long, BigInteger or BigDecimal by database, and a
	 *         SUM over no rows as NULL
	 */
	public static List<RoutineReviewFigures> toFigures(List<Object[]> rows) {
		List<RoutineReviewFigures> routineReviewFigures = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			routineReviewFigures.add(
				new RoutineReviewFigures(
					_long(row[0]), _long(row[1]), _long(row[2])));
		}

		return routineReviewFigures;
	}

	/**
	 * @return the parameters of {@link #sql()}, in order: Timestamps and Longs
	 */
	public List<Object> parameters() {
		List<Object> parameters = new ArrayList<>(_earliestOnTimeReviews);

		_addReviewAndRoutineParameters(parameters);

		return Collections.unmodifiableList(parameters);
	}

	/**
	 * @return the parameters of {@link #sqlRolledUp()}, in order: Timestamps and Longs
	 */
	public List<Object> parametersRolledUp(long parentOrganizationId) {
		List<Object> parameters = new ArrayList<>(_earliestOnTimeReviews);

		parameters.add(_companyId);
		parameters.add(parentOrganizationId);

		_addReviewAndRoutineParameters(parameters);

		return Collections.unmodifiableList(parameters);
	}

	public String sql() {
		return _sql("r.organizationId", "");
	}

	/**
	 * Each child of a parent organisation (0 = the top-level administrations) with its whole subtree.
	 */
	public String sqlRolledUp() {
		return _sql(
			"administration.organizationId",
			String.join(
				" ",
				"inner join Organization_ ownOrganization on",
				"ownOrganization.organizationId = r.organizationId",
				"inner join Organization_ administration on",
				"administration.companyId = ? and",
				"administration.parentOrganizationId = ? and",
				"ownOrganization.treePath like",
				"concat(administration.treePath, '%')"));
	}

	private static long _long(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).longValue();
	}

	private static String _onTimeCondition() {
		List<String> intervals = new ArrayList<>();

		for (int months = ReviewSchedule.MINIMUM_INTERVAL_MONTHS;
			 months <= ReviewSchedule.MAXIMUM_INTERVAL_MONTHS; months++) {

			intervals.add(
				"(r.reviewIntervalMonths = " + months +
					" and coalesce(lastReview.reviewDate, r.createDate) >= ?)");
		}

		return String.join(" or ", intervals);
	}

	private void _addReviewAndRoutineParameters(List<Object> parameters) {
		parameters.add(_companyId);
		parameters.add(_judgedAt);
		parameters.add(_companyId);
		parameters.add(_judgedAt);
	}

	private String _sql(String administrationColumn, String organizationJoins) {
		return String.join(
			" ", "select", administrationColumn, "as organizationId,",
			"count(*) as routineCount,",
			"sum(case when " + _onTimeCondition() + " then 1 else 0 end)",
			"as onTimeCount", "from LVCareProgram_LocalRoutine r",
			organizationJoins,
			"left join (select c.localRoutineId as localRoutineId,",
			"max(c.reviewDate) as reviewDate",
			"from LVCareProgram_ContentReview c where c.companyId = ? and",
			"c.localRoutineId > 0 and c.reviewKind in (" +
				ContentReviewConstants.KIND_CONFIRMED + ", " +
					ContentReviewConstants.KIND_NEW_VERSION + ")",
			"and c.reviewDate < ? group by c.localRoutineId) lastReview",
			"on lastReview.localRoutineId = r.localRoutineId",
			"where r.companyId = ? and r.createDate < ?", "group by",
			administrationColumn, "order by", administrationColumn);
	}

	private final long _companyId;
	private final List<Timestamp> _earliestOnTimeReviews = new ArrayList<>();
	private final Timestamp _judgedAt;

}
