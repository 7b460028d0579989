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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.livsviktig.training.internal.registration.CompletedRegistrationsQuery;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The survey app's one statement: the completed registrations of a method's or of chosen sessions whose last
 * date ended in [from, to), as the SQL the portal's Hibernate session makes of the DSL query, with the same rows
 * on PostgreSQL and MariaDB. Each registration that must not be read differs from a read one in one thing only;
 * the next page starts after the last registration read.
 *
 * @author Livsviktig
 */
class CompletedRegistrationsQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void readsTheCompletedRegistrationsOfTheMethodsSessionsThatEndedInTheWindow(
			Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();

		Rows rows = new Rows(databases.get(vendor), companyId);

		long early = rows.session(_MHFA, _days(2));
		long late = rows.session(_MHFA, _days(29));

		CompletedRegistration anna = rows.completed(early, _AMF, _days(2));
		CompletedRegistration bo = rows.completed(late, _SFF, _days(29));
		CompletedRegistration cecilia = rows.completed(early, _SOF, _days(2));

		rows.completed(rows.session(_MHFA, _FROM), _AMF, _FROM);

		rows.completed(rows.session(_MHFA, _TO), _AMF, _TO);
		rows.completed(rows.session(_MHFA, _days(-1)), _AMF, _days(-1));
		rows.completed(rows.session(_YAM, _days(3)), _AMF, _days(3));
		rows.registration(
			early, RegistrationConstants.STATUS_NOT_COMPLETED, companyId, _AMF);
		rows.registration(
			early, RegistrationConstants.STATUS_NO_SHOW, companyId, _AMF);
		rows.registration(
			early, RegistrationConstants.STATUS_CONFIRMED, companyId, _AMF);
		rows.registration(
			early, RegistrationConstants.STATUS_CANCELLED, companyId, _AMF);
		rows.registration(
			early, RegistrationConstants.STATUS_COMPLETED,
			_ids.incrementAndGet(), _AMF);

		List<CompletedRegistration> all = _select(
			vendor, rows.testDatabase,
			CompletedRegistrationsQuery.ofMethod(companyId, _MHFA, _FROM, _TO),
			0);

		assertEquals(4, all.size(), all.toString());
		assertEquals(anna, all.get(0));
		assertEquals(bo, all.get(1));
		assertEquals(cecilia, all.get(2));
		assertEquals(_FROM, all.get(3).getCompletionDate());

		assertEquals(
			all.subList(2, 4),
			_select(
				vendor, rows.testDatabase,
				CompletedRegistrationsQuery.ofMethod(
					companyId, _MHFA, _FROM, _TO),
				bo.getRegistrationId()));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void readsTheCompletedRegistrationsOfTheChosenSessionsOnly(Vendor vendor)
		throws SQLException {

		long companyId = _ids.incrementAndGet();

		Rows rows = new Rows(databases.get(vendor), companyId);

		long chosen = rows.session(_MHFA, _days(4));
		long alsoChosen = rows.session(_YAM, _days(5));
		long other = rows.session(_MHFA, _days(4));
		long chosenButLater = rows.session(_MHFA, _TO);

		CompletedRegistration dag = rows.completed(chosen, _AMF, _days(4));
		CompletedRegistration erik = rows.completed(alsoChosen, _VOF, _days(5));

		rows.completed(other, _AMF, _days(4));
		rows.completed(chosenButLater, _AMF, _TO);

		assertEquals(
			List.of(dag, erik),
			_select(
				vendor, rows.testDatabase,
				CompletedRegistrationsQuery.ofSessions(
					companyId, new long[] {chosen, alsoChosen, chosenButLater},
					_FROM, _TO),
				0));
	}

	private static Date _days(int days) {
		return new Date(_FROM.getTime() + (days * 86_400_000L));
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer. The page's size is the portal's
	 * Hibernate session's limit, not in the SQL: the T3p tier reads it.
	 */
	private static List<CompletedRegistration> _select(
			Vendor vendor, TestDatabase testDatabase,
			CompletedRegistrationsQuery completedRegistrationsQuery,
			long afterRegistrationId)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			completedRegistrationsQuery.select(
				afterRegistrationId, 100
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
							resultSet.getLong(3), resultSet.getLong(4),
							resultSet.getLong(5), resultSet.getTimestamp(6)
						});
				}
			}
		}

		return CompletedRegistrationsQuery.toCompletedRegistrations(rows);
	}

	private static final long _AMF = 7001;

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final Date _FROM = new Date(1_900_000_000_000L);

	private static final long _MHFA = 501;

	private static final long _SFF = 7002;

	private static final long _SOF = 7003;

	private static final Date _TO = new Date(
		1_900_000_000_000L + (30 * 86_400_000L));

	private static final long _VOF = 7004;

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(900_000);

	private static final class Rows {

		Rows(TestDatabase testDatabase, long companyId) {
			this.testDatabase = testDatabase;

			_companyId = companyId;
		}

		/**
		 * A completed registration of a new participant, and the row the statement must give for it.
		 */
		CompletedRegistration completed(
				long courseSessionId, long organizationId, Date endDate)
			throws SQLException {

			long userId = _ids.incrementAndGet();

			long registrationId = _registration(
				courseSessionId, RegistrationConstants.STATUS_COMPLETED,
				_companyId, organizationId, userId);

			return new CompletedRegistration(
				registrationId, userId, courseSessionId,
				_methods.get(courseSessionId), organizationId, endDate);
		}

		void registration(
				long courseSessionId, int status, long companyId,
				long organizationId)
			throws SQLException {

			_registration(
				courseSessionId, status, companyId, organizationId,
				_ids.incrementAndGet());
		}

		/**
		 * A published session of the company whose last date ends at the given moment; the registration's copy of
		 * the method is left empty, so the method read is the session's.
		 */
		long session(long trainingMethodId, Date endDate) throws SQLException {
			long courseSessionId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_CourseSession (courseSessionId, " +
					"companyId, trainingMethodId, status, startDate, " +
						"endDate) values (?, ?, ?, ?, ?, ?)",
				courseSessionId, _companyId, trainingMethodId,
				CourseSessionConstants.STATUS_PUBLISHED,
				new Timestamp(endDate.getTime() - 3_600_000L),
				new Timestamp(endDate.getTime()));

			_methods.put(courseSessionId, trainingMethodId);

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

		private long _registration(
				long courseSessionId, int status, long companyId,
				long organizationId, long userId)
			throws SQLException {

			long registrationId = _ids.incrementAndGet();

			_insert(
				"insert into LVTraining_Registration (registrationId, " +
					"companyId, userId, courseSessionId, organizationId, " +
						"activeKey, status) values (?, ?, ?, ?, ?, ?, ?)",
				registrationId, companyId, userId, courseSessionId,
				organizationId, -registrationId, status);

			return registrationId;
		}

		private final long _companyId;
		private final Map<Long, Long> _methods = new HashMap<>();

	}

}
