package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.internal.staffing.UnavailableInstructorsQuery;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * Staffing from a list leaves out, in one statement, whoever was already asked for the session and whoever is
 * invited to or teaches another session at an overlapping time, with the same asserted rows on PostgreSQL and
 * MariaDB; each instructor who stays available differs from an unavailable one in one thing only.
 *
 * @author Livsviktig
 */
class UnavailableInstructorsQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void leavesOutThoseAskedAndThoseBusyAtAnOverlappingTime(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		long companyId = _ids.incrementAndGet();

		long session = rows.session(companyId, _PUBLISHED);

		rows.date(session, _at(0, 10), _at(0, 12));
		rows.date(session, _at(1, 10), _at(1, 12));

		long anna = _ids.incrementAndGet();
		long bo = _ids.incrementAndGet();
		long cecilia = _ids.incrementAndGet();
		long dag = _ids.incrementAndGet();
		long erik = _ids.incrementAndGet();
		long fia = _ids.incrementAndGet();
		long gustav = _ids.incrementAndGet();
		long hanna = _ids.incrementAndGet();
		long ivar = _ids.incrementAndGet();
		long jonna = _ids.incrementAndGet();

		rows.instructor(session, anna, SessionInstructorConstants.STATUS_INVITED);
		rows.instructor(session, bo, SessionInstructorConstants.STATUS_DECLINED);
		rows.instructor(
			session, cecilia, SessionInstructorConstants.STATUS_WITHDRAWN);

		long overlapsSecondDay = rows.session(companyId, _PUBLISHED);

		rows.date(overlapsSecondDay, _at(1, 11), _at(1, 13));

		rows.instructor(
			overlapsSecondDay, dag, SessionInstructorConstants.STATUS_ACCEPTED);
		rows.instructor(
			overlapsSecondDay, fia, SessionInstructorConstants.STATUS_DECLINED);
		rows.instructor(
			overlapsSecondDay, jonna,
			SessionInstructorConstants.STATUS_WITHDRAWN);

		long overlapsFirstDayDraft = rows.session(
			companyId, CourseSessionConstants.STATUS_DRAFT);

		rows.date(overlapsFirstDayDraft, _at(0, 9), _at(0, 11));

		rows.instructor(
			overlapsFirstDayDraft, erik,
			SessionInstructorConstants.STATUS_INVITED);

		long cancelled = rows.session(
			companyId, CourseSessionConstants.STATUS_CANCELLED);

		rows.date(cancelled, _at(0, 10), _at(0, 12));

		rows.instructor(
			cancelled, gustav, SessionInstructorConstants.STATUS_ACCEPTED);

		long afterAndBefore = rows.session(companyId, _PUBLISHED);

		rows.date(afterAndBefore, _at(0, 12), _at(0, 14));
		rows.date(afterAndBefore, _at(1, 8), _at(1, 10));

		rows.instructor(
			afterAndBefore, hanna, SessionInstructorConstants.STATUS_ACCEPTED);

		long otherCompany = rows.session(_ids.incrementAndGet(), _PUBLISHED);

		rows.date(otherCompany, _at(0, 10), _at(0, 12));

		rows.instructor(
			otherCompany, ivar, SessionInstructorConstants.STATUS_ACCEPTED);

		assertEquals(
			List.of(anna, bo, dag, erik),
			_select(
				vendor, rows.testDatabase,
				new UnavailableInstructorsQuery(
					companyId, session,
					List.of(_at(0, 10), _at(0, 12), _at(1, 10), _at(1, 12)))));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSessionWithoutDatesLeavesOutOnlyThoseAsked(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		long companyId = _ids.incrementAndGet();

		long session = rows.session(companyId, _PUBLISHED);

		long anna = _ids.incrementAndGet();
		long bo = _ids.incrementAndGet();

		rows.instructor(session, anna, SessionInstructorConstants.STATUS_ACCEPTED);

		long other = rows.session(companyId, _PUBLISHED);

		rows.date(other, _at(0, 10), _at(0, 12));

		rows.instructor(other, bo, SessionInstructorConstants.STATUS_ACCEPTED);

		assertEquals(
			List.of(anna),
			_select(
				vendor, rows.testDatabase,
				new UnavailableInstructorsQuery(companyId, session, List.of())));
	}

	/**
	 * 2030-03-18 at the hour (UTC) plus days: whole seconds, which both databases keep exactly.
	 */
	private static Date _at(int day, int hour) {
		return new Date(
			1_900_022_400_000L + (day * 86_400_000L) + (hour * 3_600_000L));
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer.
	 */
	private static List<Long> _select(
			Vendor vendor, TestDatabase testDatabase,
			UnavailableInstructorsQuery unavailableInstructorsQuery)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			unavailableInstructorsQuery.select(
			).toSQL(
				defaultASTNodeListener
			));

		List<Long> userIds = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			List<Object> values = defaultASTNodeListener.getScalarValues();

			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);

				if (value instanceof Date) {
					preparedStatement.setTimestamp(
						i + 1, new Timestamp(((Date)value).getTime()));
				}
				else {
					preparedStatement.setObject(i + 1, value);
				}
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					userIds.add(resultSet.getLong(1));
				}
			}
		}

		return userIds;
	}

	private static final int _PUBLISHED =
		CourseSessionConstants.STATUS_PUBLISHED;

	private static final AtomicLong _ids = new AtomicLong(900_000);

	private static final class Rows {

		Rows(TestDatabase testDatabase) {
			this.testDatabase = testDatabase;
		}

		void date(long courseSessionId, Date startDate, Date endDate)
			throws SQLException {

			_insert(
				"insert into LVTraining_SessionDate (sessionDateId, " +
					"companyId, courseSessionId, startDate, endDate) values " +
						"(?, ?, ?, ?, ?)",
				_ids.incrementAndGet(), _companyIdOf(courseSessionId),
				courseSessionId, new Timestamp(startDate.getTime()),
				new Timestamp(endDate.getTime()));
		}

		void instructor(long courseSessionId, long userId, int status)
			throws SQLException {

			_insert(
				"insert into LVTraining_SessionInstructor (" +
					"sessionInstructorId, companyId, courseSessionId, " +
						"instructorUserId, status) values (?, ?, ?, ?, ?)",
				_ids.incrementAndGet(), _companyIdOf(courseSessionId),
				courseSessionId, userId, status);
		}

		long session(long companyId, int status) throws SQLException {
			long courseSessionId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_CourseSession (courseSessionId, " +
					"companyId, status) values (?, ?, ?)",
				courseSessionId, companyId, status);

			return courseSessionId;
		}

		final TestDatabase testDatabase;

		private long _companyIdOf(long courseSessionId) throws SQLException {
			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"select companyId from LVTraining_CourseSession " +
							"where courseSessionId = ?")) {

				preparedStatement.setLong(1, courseSessionId);

				try (ResultSet resultSet = preparedStatement.executeQuery()) {
					resultSet.next();

					return resultSet.getLong(1);
				}
			}
		}

		private void _insert(String sql, Object... values) throws SQLException {
			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(sql)) {

				for (int i = 0; i < values.length; i++) {
					preparedStatement.setObject(i + 1, values[i]);
				}

				preparedStatement.executeUpdate();
			}
		}

	}

}
