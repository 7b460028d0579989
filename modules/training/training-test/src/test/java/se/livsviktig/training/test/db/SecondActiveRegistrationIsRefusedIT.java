package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The database itself holds a user to one active registration per session, through the unique index on
 * LVTraining_Registration (courseSessionId, activeKey): activeKey is the userId while the registration holds or
 * waits for a seat and minus the registrationId once it no longer does (see service.xml). Each test works on a
 * session of its own, so the tests share one database without seeing each other's rows.
 */
class SecondActiveRegistrationIsRefusedIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void secondActiveRegistrationOfTheSameUserOnTheSameSessionIsRefused(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		_insertRegistration(testDatabase, _nextId(), courseSessionId, _USER_ID, _USER_ID);

		SQLException sqlException = assertThrows(
			SQLException.class,
			() -> _insertRegistration(testDatabase, _nextId(), courseSessionId, _USER_ID, _USER_ID));

		assertTrue(
			sqlException.getSQLState().startsWith(_INTEGRITY_CONSTRAINT_VIOLATION),
			"expected a unique constraint violation, got SQLState " + sqlException.getSQLState() + ": " +
				sqlException.getMessage());

		assertEquals(1, _countRegistrations(testDatabase, courseSessionId, _USER_ID));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void cancelledRegistrationBesideAnActiveOneIsAccepted(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		long cancelledRegistrationId = _nextId();

		_insertRegistration(
			testDatabase, cancelledRegistrationId, courseSessionId, _USER_ID, -cancelledRegistrationId);
		_insertRegistration(testDatabase, _nextId(), courseSessionId, _USER_ID, _USER_ID);

		assertEquals(2, _countRegistrations(testDatabase, courseSessionId, _USER_ID));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void cancellingFreesTheUserToRegisterAgain(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		long firstRegistrationId = _nextId();

		_insertRegistration(testDatabase, firstRegistrationId, courseSessionId, _USER_ID, _USER_ID);

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"update LVTraining_Registration set activeKey = ? where registrationId = ?")) {

			preparedStatement.setLong(1, -firstRegistrationId);
			preparedStatement.setLong(2, firstRegistrationId);

			assertEquals(1, preparedStatement.executeUpdate());
		}

		_insertRegistration(testDatabase, _nextId(), courseSessionId, _USER_ID, _USER_ID);

		assertEquals(2, _countRegistrations(testDatabase, courseSessionId, _USER_ID));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void otherUsersAndOtherSessionsAreNotAffected(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();
		long otherCourseSessionId = _nextId();

		_insertRegistration(testDatabase, _nextId(), courseSessionId, _USER_ID, _USER_ID);
		_insertRegistration(testDatabase, _nextId(), courseSessionId, _OTHER_USER_ID, _OTHER_USER_ID);
		_insertRegistration(testDatabase, _nextId(), otherCourseSessionId, _USER_ID, _USER_ID);

		assertEquals(1, _countRegistrations(testDatabase, courseSessionId, _USER_ID));
		assertEquals(1, _countRegistrations(testDatabase, courseSessionId, _OTHER_USER_ID));
		assertEquals(1, _countRegistrations(testDatabase, otherCourseSessionId, _USER_ID));
	}

	private static long _countRegistrations(TestDatabase testDatabase, long courseSessionId, long userId)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVTraining_Registration where courseSessionId = ? and userId = ?")) {

			preparedStatement.setLong(1, courseSessionId);
			preparedStatement.setLong(2, userId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static void _insertRegistration(
			TestDatabase testDatabase, long registrationId, long courseSessionId, long userId, long activeKey)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVTraining_Registration (registrationId, groupId, companyId, userId, " +
					"courseSessionId, activeKey, queueNumber, status) values (?, ?, ?, ?, ?, ?, ?, ?)")) {

			preparedStatement.setLong(1, registrationId);
			preparedStatement.setLong(2, _GROUP_ID);
			preparedStatement.setLong(3, _COMPANY_ID);
			preparedStatement.setLong(4, userId);
			preparedStatement.setLong(5, courseSessionId);
			preparedStatement.setLong(6, activeKey);
			preparedStatement.setLong(7, registrationId);
			preparedStatement.setInt(8, 0);

			preparedStatement.executeUpdate();
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	/**
	 * SQL's class 23: PostgreSQL reports 23505 for a unique violation, MariaDB 23000.
	 */
	private static final String _INTEGRITY_CONSTRAINT_VIOLATION = "23";

	private static final long _OTHER_USER_ID = 30002;

	private static final long _USER_ID = 30001;

	private static final AtomicLong _ids = new AtomicLong(1000);

}
