package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.internal.figures.ParticipantFiguresQuery;
import se.livsviktig.training.internal.figures.SessionFiguresQuery;
import se.livsviktig.training.internal.figures.TrainingFiguresRows;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The report's figure families of training, each one statement as the SQL the portal's Hibernate session makes of
 * the DSL query (Liferay's SQL transformer), with the same asserted rows on PostgreSQL and MariaDB. Each
 * registration that must count differently from its neighbour differs from it in one thing only.
 *
 * @author Livsviktig
 */
class TrainingFiguresQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void participantFiguresCountEachOutcomeOncePerAdministrationAndMethod(
			Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();
		Rows rows = new Rows(_database(vendor), companyId);

		long unitA = _ids.incrementAndGet();
		long unitB = _ids.incrementAndGet();

		long eightHours = rows.course(8);

		long first = rows.session(
			_MHFA, eightHours, CourseSessionConstants.STATUS_PUBLISHED, _days(5));

		long u1 = _ids.incrementAndGet();

		rows.registration(first, unitA, u1, _F, _COMPLETED, _days(6), _CONFIRMED, _COMPLETED);
		rows.registration(
			first, unitA, _ids.incrementAndGet(), _M, _NOT_COMPLETED, _days(6), _CONFIRMED,
			_NOT_COMPLETED);
		rows.registration(
			first, unitA, _ids.incrementAndGet(), _U, _NO_SHOW, _days(6), _CONFIRMED, _NO_SHOW);

		// Cancelled after the deadline (day 3) with a seat: late. Before it: not late.

		rows.registration(
			first, unitA, _ids.incrementAndGet(), _F, _CANCELLED, _days(4), _CONFIRMED, _CANCELLED);
		rows.registration(
			first, unitA, _ids.incrementAndGet(), _M, _CANCELLED, _days(1), _CONFIRMED, _CANCELLED);

		// Waitlisted and never seated: unmet demand, whether still waiting or cancelled late; promoted: not.

		rows.registration(
			first, unitA, _ids.incrementAndGet(), _F, _CANCELLED, _days(4), _WAITLISTED, _CANCELLED);
		rows.registration(first, unitA, _ids.incrementAndGet(), _U, _WAITLISTED, _days(2), _WAITLISTED);
		rows.registration(
			first, unitA, _ids.incrementAndGet(), _M, _COMPLETED, _days(6), _WAITLISTED, _CONFIRMED,
			_COMPLETED);

		// The same person on a second session: two registrations, one participant.

		long second = rows.session(
			_MHFA, eightHours, CourseSessionConstants.STATUS_PUBLISHED, _days(10));

		rows.registration(second, unitA, u1, _F, _COMPLETED, _days(11), _CONFIRMED, _COMPLETED);

		// A cancelled session cancels its registrations: none of them is late.

		long cancelledSession = rows.session(
			_MHFA, eightHours, CourseSessionConstants.STATUS_CANCELLED, _days(6));

		rows.registration(
			cancelledSession, unitA, _ids.incrementAndGet(), _M, _CANCELLED, _days(5), _CONFIRMED,
			_CANCELLED);

		// The first date decides the period: the first moment counts, the end of the period does not.

		long twoAndAHalfHours = rows.course(2.5);

		rows.registration(
			rows.session(_YAM, twoAndAHalfHours, CourseSessionConstants.STATUS_PUBLISHED, _days(0)),
			unitB, _ids.incrementAndGet(), _F, _COMPLETED, _days(1), _CONFIRMED, _COMPLETED);
		rows.registration(
			rows.session(_YAM, twoAndAHalfHours, CourseSessionConstants.STATUS_PUBLISHED, _days(8)),
			unitB, _ids.incrementAndGet(), _M, _NO_SHOW, _days(9), _CONFIRMED, _NO_SHOW);
		rows.registration(
			rows.session(_YAM, twoAndAHalfHours, CourseSessionConstants.STATUS_PUBLISHED, _days(30)),
			unitB, _ids.incrementAndGet(), _F, _COMPLETED, _days(31), _CONFIRMED, _COMPLETED);
		rows.registration(
			rows.session(_YAM, twoAndAHalfHours, CourseSessionConstants.STATUS_PUBLISHED, _days(-1)),
			unitB, _ids.incrementAndGet(), _F, _COMPLETED, _days(0), _CONFIRMED, _COMPLETED);

		// Another company's registration in the period counts nowhere here.

		new Rows(
			rows.testDatabase, _ids.incrementAndGet()
		).registration(
			first, unitA, _ids.incrementAndGet(), _F, _COMPLETED, _days(6), _CONFIRMED, _COMPLETED);

		List<ParticipantFigures> expected = new ArrayList<>();

		// Each person-based figure per sex too, in the same statement: the rows add up to the unit's totals
		// (10 registrations, 9 participants, 3 completed, 1 not completed, 1 no-show, 1 late, 2 unmet, 24 hours).

		expected.add(new ParticipantFigures(unitA, _MHFA, _F, 4, 3, 2, 0, 0, 1, 1, 16));
		expected.add(new ParticipantFigures(unitA, _MHFA, _M, 4, 4, 1, 1, 0, 0, 0, 8));
		expected.add(new ParticipantFigures(unitA, _MHFA, _U, 2, 2, 0, 0, 1, 0, 1, 0));
		expected.add(new ParticipantFigures(unitB, _YAM, _F, 1, 1, 1, 0, 0, 0, 0, 2.5));
		expected.add(new ParticipantFigures(unitB, _YAM, _M, 1, 1, 0, 0, 1, 0, 0, 0));

		assertEquals(
			expected,
			TrainingFiguresRows.toParticipantFigures(
				_select(
					vendor, rows.testDatabase,
					new ParticipantFiguresQuery(companyId, _FROM, _TO).select(), 11)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void rolledUpFiguresGroupEachSubtreeOnceSoAPersonCountsOnceInIt(Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();
		Rows rows = new Rows(_database(vendor), companyId);

		long municipality = rows.organization(0, "/");
		long social = rows.organization(municipality, null);
		long school = rows.organization(municipality, null);
		long homeCare = rows.organization(social, null);
		long otherMunicipality = rows.organization(0, "/");

		long session = rows.session(
			_MHFA, rows.course(8), CourseSessionConstants.STATUS_PUBLISHED, _days(5));
		long laterSession = rows.session(
			_MHFA, rows.course(8), CourseSessionConstants.STATUS_PUBLISHED, _days(12));

		long anna = _ids.incrementAndGet();

		rows.registration(session, social, anna, _F, _COMPLETED, _days(6), _CONFIRMED, _COMPLETED);
		rows.registration(laterSession, homeCare, anna, _F, _COMPLETED, _days(13), _CONFIRMED, _COMPLETED);
		rows.registration(
			session, homeCare, _ids.incrementAndGet(), _M, _NO_SHOW, _days(6), _CONFIRMED, _NO_SHOW);
		rows.registration(
			session, school, _ids.incrementAndGet(), _F, _COMPLETED, _days(6), _CONFIRMED, _COMPLETED);
		rows.registration(
			session, otherMunicipality, _ids.incrementAndGet(), _U, _COMPLETED, _days(6), _CONFIRMED,
			_COMPLETED);

		assertEquals(
			List.of(
				new ParticipantFigures(social, _MHFA, _F, 2, 1, 2, 0, 0, 0, 0, 16),
				new ParticipantFigures(social, _MHFA, _M, 1, 1, 0, 0, 1, 0, 0, 0),
				new ParticipantFigures(school, _MHFA, _F, 1, 1, 1, 0, 0, 0, 0, 8)),
			TrainingFiguresRows.toParticipantFigures(
				_select(
					vendor, rows.testDatabase,
					new ParticipantFiguresQuery(
						companyId, _FROM, _TO
					).selectRolledUp(
						municipality
					),
					11)));
		assertEquals(
			List.of(
				new ParticipantFigures(municipality, _MHFA, _F, 3, 2, 3, 0, 0, 0, 0, 24),
				new ParticipantFigures(municipality, _MHFA, _M, 1, 1, 0, 0, 1, 0, 0, 0),
				new ParticipantFigures(otherMunicipality, _MHFA, _U, 1, 1, 1, 0, 0, 0, 0, 8)),
			TrainingFiguresRows.toParticipantFigures(
				_select(
					vendor, rows.testDatabase,
					new ParticipantFiguresQuery(
						companyId, _FROM, _TO
					).selectRolledUp(
						0
					),
					11)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void sessionsHeldAndCancelledPerMethodByTheirFirstDate(Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();
		Rows rows = new Rows(_database(vendor), companyId);

		long course = rows.course(8);

		rows.session(_MHFA, course, CourseSessionConstants.STATUS_PUBLISHED, _days(0));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_ARCHIVED, _days(5));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_CANCELLED, _days(6));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_PUBLISHED, _days(25));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_DRAFT, _days(7));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_PUBLISHED, _days(30));
		rows.session(_MHFA, course, CourseSessionConstants.STATUS_CANCELLED, _days(-1));
		rows.session(_YAM, course, CourseSessionConstants.STATUS_CANCELLED, _days(3));

		assertEquals(
			List.of(new SessionFigures(_MHFA, 2, 1), new SessionFigures(_YAM, 0, 1)),
			TrainingFiguresRows.toSessionFigures(
				_select(
					vendor, rows.testDatabase,
					new SessionFiguresQuery(companyId, _FROM, _TO, _days(20)).select(), 3)));
	}

	private static Date _days(double days) {
		return new Date(_FROM.getTime() + (long)(days * 86_400_000L));
	}

	/**
	 * Organization_ belongs to the portal, not to training's schema: the columns the rolled-up statement reads.
	 */
	private static synchronized TestDatabase _database(Vendor vendor)
		throws SQLException {

		TestDatabase testDatabase = databases.get(vendor);

		if (_withOrganizations.add(vendor)) {
			testDatabase.execute(
				"create table Organization_ (organizationId bigint not null " +
					"primary key, companyId bigint, parentOrganizationId " +
						"bigint, treePath varchar(768), name varchar(100))");
		}

		return testDatabase;
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer.
	 */
	private static List<Object[]> _select(
			Vendor vendor, TestDatabase testDatabase, DSLQuery dslQuery,
			int columnCount)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

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
					Object[] row = new Object[columnCount];

					for (int i = 0; i < columnCount; i++) {
						row[i] = resultSet.getObject(i + 1);
					}

					rows.add(row);
				}
			}
		}

		return rows;
	}

	private static final int _CANCELLED = RegistrationConstants.STATUS_CANCELLED;

	private static final int _COMPLETED = RegistrationConstants.STATUS_COMPLETED;

	private static final int _CONFIRMED = RegistrationConstants.STATUS_CONFIRMED;

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final Date _FROM = new Date(1_900_000_000_000L);

	private static final long _MHFA = 501;

	private static final String _F = RegistrationSexes.FEMALE;

	private static final String _M = RegistrationSexes.MALE;

	private static final String _U = RegistrationSexes.UNKNOWN;

	private static final int _NO_SHOW = RegistrationConstants.STATUS_NO_SHOW;

	private static final int _NOT_COMPLETED =
		RegistrationConstants.STATUS_NOT_COMPLETED;

	private static final Date _TO = _days(30);

	private static final int _WAITLISTED =
		RegistrationConstants.STATUS_WAITLISTED;

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(900_000);
	private static final Set<Vendor> _withOrganizations = EnumSet.noneOf(
		Vendor.class);

	private static final class Rows {

		Rows(TestDatabase testDatabase, long companyId) {
			this.testDatabase = testDatabase;

			_companyId = companyId;
		}

		long course(double durationHours) throws SQLException {
			long courseId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_Course (courseId, companyId, " +
					"durationHours) values (?, ?, ?)",
				courseId, _companyId, durationHours);

			return courseId;
		}

		/**
		 * @param parentTreePath the parent's tree path, or null to read it
		 */
		long organization(long parentOrganizationId, String parentTreePath)
			throws SQLException {

			long organizationId = _ids.incrementAndGet();

			String treePath = parentTreePath;

			if (treePath == null) {
				try (Connection connection = testDatabase.connect();
					PreparedStatement preparedStatement =
						connection.prepareStatement(
							"select treePath from Organization_ where " +
								"organizationId = ?")) {

					preparedStatement.setLong(1, parentOrganizationId);

					try (ResultSet resultSet = preparedStatement.executeQuery()) {
						resultSet.next();

						treePath = resultSet.getString(1);
					}
				}
			}

			_insert(
				"insert into Organization_ (organizationId, companyId, " +
					"parentOrganizationId, treePath, name) values (?, ?, ?, " +
						"?, ?)",
				organizationId, _companyId, parentOrganizationId,
				treePath + organizationId + "/", "org" + organizationId);

			return organizationId;
		}

		/**
		 * A registration and its history: one event per status it went through, as training records them.
		 */
		void registration(
				long courseSessionId, long organizationId, long userId,
				String sex, int status, Date statusDate, int... history)
			throws SQLException {

			long registrationId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_Registration (registrationId, " +
					"companyId, userId, courseSessionId, courseId, " +
						"trainingMethodId, organizationId, activeKey, status, " +
							"statusDate, sex, participantKey) select ?, ?, ?, " +
								"courseSessionId, courseId, trainingMethodId, ?, ?, " +
									"?, ?, ?, ? from LVTraining_CourseSession " +
										"where courseSessionId = ?",
				registrationId, _companyId, userId, organizationId,
				-registrationId, status, new Timestamp(statusDate.getTime()),
				sex, userId, courseSessionId);

			for (int toStatus : history) {
				_insert(
					"insert into LVTraining_RegistrationEvent (" +
						"registrationEventId, companyId, registrationId, " +
							"courseSessionId, toStatus) values (?, ?, ?, ?, ?)",
					_ids.incrementAndGet(), _companyId, registrationId,
					courseSessionId, toStatus);
			}
		}

		/**
		 * A session that starts on the given day, ends an hour later and may be cancelled until two days before.
		 */
		long session(
				long trainingMethodId, long courseId, int status,
				Date startDate)
			throws SQLException {

			long courseSessionId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_CourseSession (courseSessionId, " +
					"companyId, courseId, trainingMethodId, status, " +
						"startDate, endDate, cancellationDeadline) values " +
							"(?, ?, ?, ?, ?, ?, ?, ?)",
				courseSessionId, _companyId, courseId, trainingMethodId,
				status, new Timestamp(startDate.getTime()),
				new Timestamp(startDate.getTime() + 3_600_000L),
				new Timestamp(startDate.getTime() - (2 * 86_400_000L)));

			return courseSessionId;
		}

		final TestDatabase testDatabase;

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

		private final long _companyId;

	}

}
