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
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.internal.staffing.DeliveredSessionsQuery;
import se.livsviktig.training.internal.staffing.TaughtSessionsQuery;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;
import se.livsviktig.training.staffing.DeliveredSessionCount;
import se.livsviktig.training.staffing.DeliveredSessionEnd;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * Licence upkeep's one statement: sessions delivered per accepted instructor and method in a window, as the SQL
 * the portal's Hibernate session makes of the DSL query (Liferay's SQL transformer), with the same asserted rows
 * on PostgreSQL and MariaDB; each session that must not count differs from a counted one in one thing only. The
 * same for one instructor's rows, and for the sessions an instructor taught (Mina instruktörsuppdrag).
 *
 * @author Livsviktig
 */
class DeliveredSessionsQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void countsHeldSessionsPerAcceptedInstructorAndMethodInTheWindow(
			Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		long anna = _ids.incrementAndGet();
		long bo = _ids.incrementAndGet();
		long cecilia = _ids.incrementAndGet();

		long heldMhfa = rows.heldSession(_COMPANY_ID, _MHFA, _days(5));

		rows.instructor(heldMhfa, anna, _ACCEPTED);
		rows.instructor(heldMhfa, bo, SessionInstructorConstants.STATUS_INVITED);

		long secondHeldMhfa = rows.heldSession(_COMPANY_ID, _MHFA, _days(20));

		rows.instructor(secondHeldMhfa, anna, _ACCEPTED);
		rows.instructor(
			secondHeldMhfa, bo, SessionInstructorConstants.STATUS_DECLINED);

		rows.instructor(
			rows.heldSession(_COMPANY_ID, _MHFA, _FROM), anna, _ACCEPTED);

		long heldYam = rows.heldSession(_COMPANY_ID, _YAM, _days(10));

		rows.instructor(heldYam, anna, _ACCEPTED);
		rows.instructor(heldYam, bo, _ACCEPTED);

		rows.instructor(
			rows.heldSession(_COMPANY_ID, _MHFA, _days(-1)), anna, _ACCEPTED);
		rows.instructor(
			rows.heldSession(_COMPANY_ID, _MHFA, _TO), anna, _ACCEPTED);

		long attendanceOpen = rows.session(
			_COMPANY_ID, _MHFA, _PUBLISHED, _days(6));

		rows.registration(attendanceOpen, RegistrationConstants.STATUS_COMPLETED);
		rows.registration(attendanceOpen, RegistrationConstants.STATUS_CONFIRMED);
		rows.instructor(attendanceOpen, anna, _ACCEPTED);

		long cancelled = rows.session(
			_COMPANY_ID, _MHFA, CourseSessionConstants.STATUS_CANCELLED,
			_days(7));

		rows.registration(cancelled, RegistrationConstants.STATUS_COMPLETED);
		rows.instructor(cancelled, anna, _ACCEPTED);

		long nobodyCame = rows.session(
			_COMPANY_ID, _MHFA, _PUBLISHED, _days(8));

		rows.registration(nobodyCame, RegistrationConstants.STATUS_CANCELLED);
		rows.instructor(nobodyCame, anna, _ACCEPTED);

		rows.instructor(
			rows.heldSession(_ids.incrementAndGet(), _MHFA, _days(9)), cecilia,
			_ACCEPTED);

		assertEquals(
			List.of(
				new DeliveredSessionCount(anna, _MHFA, 3),
				new DeliveredSessionCount(anna, _YAM, 1),
				new DeliveredSessionCount(bo, _YAM, 1)),
			_select(vendor, rows.testDatabase));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void groupsTheSameSessionsByTheEndOfTheirLastDate(Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();

		Rows rows = new Rows(databases.get(vendor), companyId);
		long dag = _ids.incrementAndGet();
		long erik = _ids.incrementAndGet();

		rows.instructor(
			rows.heldSession(companyId, _MHFA, _days(3)), dag, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _MHFA, _days(3)), dag, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _MHFA, _days(12)), dag, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _YAM, _days(12)), dag, _ACCEPTED);

		long attendanceOpen = rows.session(
			companyId, _MHFA, _PUBLISHED, _days(4));

		rows.registration(attendanceOpen, RegistrationConstants.STATUS_CONFIRMED);
		rows.registration(attendanceOpen, RegistrationConstants.STATUS_COMPLETED);
		rows.instructor(attendanceOpen, dag, _ACCEPTED);

		long invitedOnly = rows.heldSession(companyId, _MHFA, _days(5));

		rows.instructor(
			invitedOnly, erik, SessionInstructorConstants.STATUS_INVITED);

		rows.instructor(
			rows.heldSession(companyId, _MHFA, _TO), erik, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _MHFA, _FROM), erik, _ACCEPTED);

		assertEquals(
			List.of(
				new DeliveredSessionEnd(dag, _MHFA, _days(3), 2),
				new DeliveredSessionEnd(dag, _MHFA, _days(12), 1),
				new DeliveredSessionEnd(dag, _YAM, _days(12), 1),
				new DeliveredSessionEnd(erik, _MHFA, _FROM, 1)),
			_selectByEndDate(vendor, rows.testDatabase, companyId));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void oneInstructorsEndsAreTheirRowsOfTheCompanysStatement(Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();

		Rows rows = new Rows(databases.get(vendor), companyId);
		long fia = _ids.incrementAndGet();
		long gustav = _ids.incrementAndGet();

		long sharedSession = rows.heldSession(companyId, _MHFA, _days(3));

		rows.instructor(sharedSession, fia, _ACCEPTED);
		rows.instructor(sharedSession, gustav, _ACCEPTED);

		rows.instructor(
			rows.heldSession(companyId, _YAM, _days(9)), fia, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _MHFA, _days(14)), gustav, _ACCEPTED);
		rows.instructor(
			rows.heldSession(companyId, _MHFA, _days(15)), fia,
			SessionInstructorConstants.STATUS_INVITED);

		assertEquals(
			List.of(
				new DeliveredSessionEnd(fia, _MHFA, _days(3), 1),
				new DeliveredSessionEnd(fia, _YAM, _days(9), 1)),
			_selectByEndDate(
				vendor, rows.testDatabase,
				new DeliveredSessionsQuery(companyId, fia, _FROM, _TO)));
		assertEquals(
			List.of(
				new DeliveredSessionEnd(fia, _MHFA, _days(3), 1),
				new DeliveredSessionEnd(fia, _YAM, _days(9), 1),
				new DeliveredSessionEnd(gustav, _MHFA, _days(3), 1),
				new DeliveredSessionEnd(gustav, _MHFA, _days(14), 1)),
			_selectByEndDate(
				vendor, rows.testDatabase,
				new DeliveredSessionsQuery(companyId, _FROM, _TO)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void taughtSessionsAreTheEndedOnesIAcceptedNewestFirstWithTheirCourse(
			Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();

		Rows rows = new Rows(databases.get(vendor), companyId);
		long hanna = _ids.incrementAndGet();

		long firstAid = rows.course(companyId, _MHFA, _TITLE_XML);

		long older = rows.heldSession(companyId, _MHFA, _days(2), firstAid);
		long newer = rows.session(
			companyId, _MHFA, _PUBLISHED, _days(20), firstAid);
		long archived = rows.session(
			companyId, _MHFA, CourseSessionConstants.STATUS_ARCHIVED,
			_days(10), firstAid);

		rows.instructor(older, hanna, _ACCEPTED);
		rows.instructor(newer, hanna, _ACCEPTED);
		rows.instructor(archived, hanna, _ACCEPTED);

		rows.instructor(
			rows.session(
				companyId, _MHFA, CourseSessionConstants.STATUS_CANCELLED,
				_days(5), firstAid),
			hanna, _ACCEPTED);
		rows.instructor(
			rows.session(
				companyId, _MHFA, CourseSessionConstants.STATUS_DRAFT,
				_days(6), firstAid),
			hanna, _ACCEPTED);
		rows.instructor(
			rows.session(companyId, _MHFA, _PUBLISHED, _days(7), firstAid),
			hanna, SessionInstructorConstants.STATUS_DECLINED);
		rows.instructor(
			rows.session(companyId, _MHFA, _PUBLISHED, _TO, firstAid), hanna,
			_ACCEPTED);
		rows.instructor(
			rows.session(companyId, _MHFA, _PUBLISHED, _days(8), firstAid),
			_ids.incrementAndGet(), _ACCEPTED);

		assertEquals(
			List.of(
				_taught(newer, firstAid, _days(20)),
				_taught(archived, firstAid, _days(10)),
				_taught(older, firstAid, _days(2))),
			_selectTaught(vendor, rows.testDatabase, companyId, hanna));
	}

	private static Date _days(int days) {
		return new Date(_FROM.getTime() + (days * 86_400_000L));
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer.
	 */
	private static List<DeliveredSessionCount> _select(
			Vendor vendor, TestDatabase testDatabase)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			new DeliveredSessionsQuery(
				_COMPANY_ID, _FROM, _TO
			).select(
			).toSQL(
				defaultASTNodeListener
			));

		List<DeliveredSessionCount> deliveredSessionCounts = new ArrayList<>();

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
					deliveredSessionCounts.add(
						new DeliveredSessionCount(
							resultSet.getLong(1), resultSet.getLong(2),
							resultSet.getInt(3)));
				}
			}
		}

		return deliveredSessionCounts;
	}

	private static List<DeliveredSessionEnd> _selectByEndDate(
			Vendor vendor, TestDatabase testDatabase, long companyId)
		throws SQLException {

		return _selectByEndDate(
			vendor, testDatabase,
			new DeliveredSessionsQuery(companyId, _FROM, _TO));
	}

	private static List<DeliveredSessionEnd> _selectByEndDate(
			Vendor vendor, TestDatabase testDatabase,
			DeliveredSessionsQuery deliveredSessionsQuery)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			deliveredSessionsQuery.selectByEndDate(
			).toSQL(
				defaultASTNodeListener
			));

		List<DeliveredSessionEnd> deliveredSessionEnds = new ArrayList<>();

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
					deliveredSessionEnds.add(
						new DeliveredSessionEnd(
							resultSet.getLong(1), resultSet.getLong(2),
							new Date(resultSet.getTimestamp(3).getTime()),
							resultSet.getInt(4)));
				}
			}
		}

		return deliveredSessionEnds;
	}

	/**
	 * The statement without its page: the portal's Hibernate session applies the limit (T3p
	 * DeliveredSessionCountsIT reads a page).
	 */
	private static List<TaughtSession> _selectTaught(
			Vendor vendor, TestDatabase testDatabase, long companyId,
			long instructorUserId)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			new TaughtSessionsQuery(
				companyId, instructorUserId, _TO
			).select(
				0, 20
			).toSQL(
				defaultASTNodeListener
			));

		List<Object[]> rows = new ArrayList<>();

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
					rows.add(
						new Object[] {
							resultSet.getLong(1), resultSet.getLong(2),
							resultSet.getLong(3), resultSet.getString(4),
							resultSet.getTimestamp(5), resultSet.getTimestamp(6)
						});
				}
			}
		}

		return TaughtSessionsQuery.toTaughtSessions(rows);
	}

	private static TaughtSession _taught(
		long courseSessionId, long courseId, Date endDate) {

		return new TaughtSession(
			courseSessionId, courseId, _MHFA, _TITLE_XML,
			new Date(endDate.getTime() - 3_600_000L), endDate);
	}

	private static final int _ACCEPTED =
		SessionInstructorConstants.STATUS_ACCEPTED;

	private static final long _COMPANY_ID = 20097;

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final Date _FROM = new Date(1_900_000_000_000L);

	private static final long _MHFA = 501;

	private static final int _PUBLISHED =
		CourseSessionConstants.STATUS_PUBLISHED;

	private static final String _TITLE_XML =
		"<?xml version='1.0' encoding='UTF-8'?><root available-locales=" +
			"\"sv_SE,en_US\" default-locale=\"sv_SE\"><Title language-id=" +
				"\"sv_SE\">Första hjälpen till psykisk hälsa</Title><Title " +
					"language-id=\"en_US\">Mental Health First Aid</Title></root>";

	private static final Date _TO = new Date(
		1_900_000_000_000L + (30 * 86_400_000L));

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(800_000);

	private static final class Rows {

		Rows(TestDatabase testDatabase) {
			this(testDatabase, _COMPANY_ID);
		}

		/**
		 * Rows whose instructors and registrations belong to another company, so a test's rows stay its own.
		 */
		Rows(TestDatabase testDatabase, long companyId) {
			this.testDatabase = testDatabase;

			_companyId = companyId;
		}

		/**
		 * A published session whose attendance is marked: one participant completed, one did not attend.
		 */
		long heldSession(long companyId, long trainingMethodId, Date endDate)
			throws SQLException {

			long courseSessionId = session(
				companyId, trainingMethodId, _PUBLISHED, endDate);

			registration(
				courseSessionId, RegistrationConstants.STATUS_COMPLETED);
			registration(courseSessionId, RegistrationConstants.STATUS_NO_SHOW);

			return courseSessionId;
		}

		void instructor(long courseSessionId, long userId, int status)
			throws SQLException {

			_insert(
				"insert into LVTraining_SessionInstructor (" +
					"sessionInstructorId, companyId, courseSessionId, " +
						"instructorUserId, status) values (?, ?, ?, ?, ?)",
				_ids.incrementAndGet(), _companyId, courseSessionId, userId,
				status);
		}

		void registration(long courseSessionId, int status)
			throws SQLException {

			long registrationId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_Registration (registrationId, " +
					"companyId, courseSessionId, activeKey, status) values " +
						"(?, ?, ?, ?, ?)",
				registrationId, _companyId, courseSessionId, -registrationId,
				status);
		}

		long course(long companyId, long trainingMethodId, String titleXML)
			throws SQLException {

			long courseId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_Course (courseId, companyId, " +
					"trainingMethodId, title) values (?, ?, ?, ?)",
				courseId, companyId, trainingMethodId, titleXML);

			return courseId;
		}

		/**
		 * A held session of a course, as {@link #heldSession(long, long, Date)}.
		 */
		long heldSession(
				long companyId, long trainingMethodId, Date endDate,
				long courseId)
			throws SQLException {

			long courseSessionId = session(
				companyId, trainingMethodId, _PUBLISHED, endDate, courseId);

			registration(
				courseSessionId, RegistrationConstants.STATUS_COMPLETED);

			return courseSessionId;
		}

		long session(
				long companyId, long trainingMethodId, int status,
				Date endDate)
			throws SQLException {

			return session(companyId, trainingMethodId, status, endDate, 0);
		}

		/**
		 * A session that starts an hour before it ends.
		 */
		long session(
				long companyId, long trainingMethodId, int status,
				Date endDate, long courseId)
			throws SQLException {

			long courseSessionId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_CourseSession (courseSessionId, " +
					"companyId, courseId, trainingMethodId, status, " +
						"startDate, endDate) values (?, ?, ?, ?, ?, ?, ?)",
				courseSessionId, companyId, courseId, trainingMethodId, status,
				new Timestamp(endDate.getTime() - 3_600_000L),
				new Timestamp(endDate.getTime()));

			return courseSessionId;
		}

		final TestDatabase testDatabase;

		private final long _companyId;

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
