package se.livsviktig.careprogram.test.db.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.careprogram.service.internal.figures.RoutineReviewFiguresQuery;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The report's "routines reviewed on time" (RoutineReviewFiguresQuery) on PostgreSQL and MariaDB, through Liferay's
 * SQL transformer: per administration, the routines that existed at the period's end and those not overdue then,
 * judged from the review log (confirmations and new versions, not owner changes, nothing after the judging moment)
 * with the company's calendar months; a period not over yet is judged now; rolled up, each top-level
 * administration holds its subtree. Each routine that must count differently differs from a neighbour in one thing.
 *
 * @author Livsviktig
 */
class RoutineReviewFiguresQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVCareProgramPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aClosedPeriodIsJudgedAtItsEndFromTheReviewLog(Vendor vendor) throws SQLException {
		Fixture fixture = new Fixture(vendor);

		RoutineReviewFiguresQuery query = new RoutineReviewFiguresQuery(
			fixture.companyId, _date("2027-12-31T23:00:00Z"), _date("2028-03-01T12:00:00Z"), _STOCKHOLM);

		assertEquals(
			List.of(
				new RoutineReviewFigures(fixture.socialServices, 2, 1),
				new RoutineReviewFigures(fixture.homeCare, 2, 1),
				new RoutineReviewFigures(fixture.schools, 3, 2)),
			_figures(vendor, query.sql(), query.parameters()));
		assertEquals(
			List.of(
				new RoutineReviewFigures(fixture.socialServices, 4, 2),
				new RoutineReviewFigures(fixture.schools, 3, 2)),
			_figures(vendor, query.sqlRolledUp(), query.parametersRolledUp(0)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aPeriodNotOverIsJudgedNow(Vendor vendor) throws SQLException {
		Fixture fixture = new Fixture(vendor);

		RoutineReviewFiguresQuery query = new RoutineReviewFiguresQuery(
			fixture.companyId, _date("2027-12-31T23:00:00Z"), _date("2027-06-20T10:00:00Z"), _STOCKHOLM);

		assertEquals(
			List.of(
				new RoutineReviewFigures(fixture.socialServices, 2, 1),
				new RoutineReviewFigures(fixture.homeCare, 1, 1),
				new RoutineReviewFigures(fixture.schools, 3, 3)),
			_figures(vendor, query.sql(), query.parameters()));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static synchronized TestDatabase _database(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		// Organization_ belongs to the portal, not to the app's schema: the columns the rolled-up statement reads

		if (_withOrganizations.add(vendor)) {
			testDatabase.execute(
				"create table Organization_ (organizationId bigint not null primary key, companyId bigint, " +
					"parentOrganizationId bigint, treePath varchar(768), name varchar(100))");
		}

		return testDatabase;
	}

	private static List<RoutineReviewFigures> _figures(Vendor vendor, String sql, List<Object> parameters)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = _database(vendor).connect();
			PreparedStatement preparedStatement = connection.prepareStatement(CustomSql.transform(vendor, sql))) {

			for (int i = 0; i < parameters.size(); i++) {
				Object parameter = parameters.get(i);

				if (parameter instanceof Timestamp) {
					preparedStatement.setTimestamp(i + 1, (Timestamp)parameter);
				}
				else {
					preparedStatement.setLong(i + 1, (Long)parameter);
				}
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(new Object[] {resultSet.getObject(1), resultSet.getObject(2), resultSet.getObject(3)});
				}
			}
		}

		return RoutineReviewFiguresQuery.toFigures(rows);
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone("Europe/Stockholm");

	private static final AtomicLong _ids = new AtomicLong(91000);
	private static final Set<Vendor> _withOrganizations = EnumSet.noneOf(Vendor.class);

	/**
	 * Two top-level administrations, one with a child; routines with and without reviews around the end of 2027 in
	 * Stockholm; a routine of another company in the same administration.
	 */
	private static class Fixture {

		Fixture(Vendor vendor) throws SQLException {
			_testDatabase = _database(vendor);

			socialServices = _organization(0, "/");
			homeCare = _organization(socialServices, "/" + socialServices + "/");
			schools = _organization(0, "/");

			// On time: confirmed in March 2027, due March 2028

			long confirmed = _routine(companyId, socialServices, 12, "2026-06-01T10:00:00Z");

			_review(confirmed, "2027-03-01T10:00:00Z", ContentReviewConstants.KIND_CONFIRMED);

			// Late: never reviewed, due June 2027 from its creation

			_routine(companyId, socialServices, 12, "2026-06-01T10:00:00Z");

			// Late at the end of 2027: confirmed in June, due in December; an owner change is no review, and a
			// review after the period does not count for it (on time in June, though)

			long lapsed = _routine(companyId, homeCare, 6, "2026-01-10T10:00:00Z");

			_review(lapsed, "2027-06-15T10:00:00Z", ContentReviewConstants.KIND_CONFIRMED);
			_review(lapsed, "2027-12-20T10:00:00Z", ContentReviewConstants.KIND_OWNER_CHANGED);
			_review(lapsed, "2028-01-05T10:00:00Z", ContentReviewConstants.KIND_CONFIRMED);

			// On time: created in December 2027 with one month, first due in January 2028

			_routine(companyId, homeCare, 1, "2027-12-05T10:00:00Z");

			// On time: a new version in February 2026, 24 months

			long newVersion = _routine(companyId, schools, 24, "2025-01-01T10:00:00Z");

			_review(newVersion, "2026-02-01T10:00:00Z", ContentReviewConstants.KIND_NEW_VERSION);

			// On time: confirmed 00:30 on 1 January 2027 in Stockholm, due 00:30 on 1 January 2028

			long newYearsMorning = _routine(companyId, schools, 12, "2025-01-01T10:00:00Z");

			_review(newYearsMorning, "2026-12-31T23:30:00Z", ContentReviewConstants.KIND_CONFIRMED);

			// Late: confirmed 23:30 on 31 December 2026 in Stockholm, due 23:30 on the period's last day

			long newYearsEve = _routine(companyId, schools, 12, "2025-01-01T10:00:00Z");

			_review(newYearsEve, "2026-12-31T22:30:00Z", ContentReviewConstants.KIND_CONFIRMED);

			// Counts nowhere: added after the period, and another company's routine

			_routine(companyId, schools, 12, "2028-01-10T10:00:00Z");
			_routine(_nextId(), socialServices, 12, "2026-06-01T10:00:00Z");
		}

		final long companyId = _nextId();
		final long homeCare;
		final long schools;
		final long socialServices;

		private void _insert(String sql, Object... values) throws SQLException {
			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement = connection.prepareStatement(sql)) {

				for (int i = 0; i < values.length; i++) {
					Object value = values[i];

					if (value instanceof String && ((String)value).endsWith("Z")) {
						preparedStatement.setTimestamp(i + 1, Timestamp.from(Instant.parse((String)value)));
					}
					else {
						preparedStatement.setObject(i + 1, value);
					}
				}

				preparedStatement.executeUpdate();
			}
		}

		private long _organization(long parentOrganizationId, String parentTreePath) throws SQLException {
			long organizationId = _nextId();

			_insert(
				"insert into Organization_ (organizationId, companyId, parentOrganizationId, treePath, name) " +
					"values (?, ?, ?, ?, ?)",
				organizationId, companyId, parentOrganizationId, parentTreePath + organizationId + "/",
				"org" + organizationId);

			return organizationId;
		}

		private void _review(long localRoutineId, String reviewDate, int reviewKind) throws SQLException {
			_insert(
				"insert into LVCareProgram_ContentReview (mvccVersion, contentReviewId, companyId, localRoutineId, " +
					"reviewDate, reviewKind) values (0, ?, ?, ?, ?, ?)",
				_nextId(), companyId, localRoutineId, reviewDate, reviewKind);
		}

		private long _routine(long routineCompanyId, long organizationId, int reviewIntervalMonths, String createDate)
			throws SQLException {

			long localRoutineId = _nextId();

			_insert(
				"insert into LVCareProgram_LocalRoutine (mvccVersion, localRoutineId, companyId, careProgramId, " +
					"organizationId, reviewIntervalMonths, createDate) values (0, ?, ?, ?, ?, ?, ?)",
				localRoutineId, routineCompanyId, _nextId(), organizationId, reviewIntervalMonths, createDate);

			return localRoutineId;
		}

		private final TestDatabase _testDatabase;

	}

}
