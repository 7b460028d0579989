package se.livsviktig.instructor.test.db.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBManager;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.instructor.internal.upgrade.v1_1_0.MeetingNoticeTableUpgradeProcess;
import se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.DatabaseSchema;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.SqlStatements;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The 1.0.0 to 1.1.0 step on a database that holds schema 1.0.0 (today's tables without LVInstructor_MeetingNotice),
 * on PostgreSQL and MariaDB: the step's own doUpgrade runs on a connection to the test database (its hasTable and
 * hasIndex read that database), with Liferay's DB class for the vendor translating its SQL as in the portal. It creates the table with its unique index, the
 * index refuses a second notice of the same meeting, person and sequence, and a second run changes nothing.
 *
 * @author Livsviktig
 */
class MeetingNoticeTableUpgradeIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVInstructorPersistenceConstants.class);

	@AfterEach
	void forgetTheDatabaseOfThisTest() {
		DBManagerUtil.reset();
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void onSchemaOneZeroTheStepCreatesTheTableWithItsUniqueIndexAndASecondRunIsHarmless(Vendor vendor)
		throws Exception {

		TestDatabase testDatabase = databases.get(vendor);

		testDatabase.execute("drop table " + MeetingNoticeModelImpl.TABLE_NAME);

		assertFalse(DatabaseSchema.read(testDatabase).hasTable(MeetingNoticeModelImpl.TABLE_NAME), "schema 1.0.0");

		_upgrade(testDatabase);

		DatabaseSchema.ActualIndex index = DatabaseSchema.read(
			testDatabase
		).index(
			MeetingNoticeModelImpl.TABLE_NAME, MeetingNoticeTableUpgradeProcess.INDEX_NAME
		).orElseThrow(
			() -> new AssertionError("no " + MeetingNoticeTableUpgradeProcess.INDEX_NAME + " after the step")
		);

		assertTrue(index.unique(), index.toString());
		assertEquals(List.of("networkmeetingid", "userid", "sequence"), index.columnNames());

		assertEquals(1, _insertNotice(testDatabase, 1));

		_upgrade(testDatabase);

		assertEquals(1, _countNotices(testDatabase), "the second run keeps the rows");
		assertThrowsSqlException(() -> _insertNotice(testDatabase, 2), "the unique index refuses a second notice");
	}

	private static void assertThrowsSqlException(SqlAction sqlAction, String message) {
		try {
			sqlAction.run();
		}
		catch (SQLException sqlException) {
			return;
		}

		throw new AssertionError(message);
	}

	private static long _countNotices(TestDatabase testDatabase) throws SQLException {
		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from " + MeetingNoticeModelImpl.TABLE_NAME);
			ResultSet resultSet = preparedStatement.executeQuery()) {

			resultSet.next();

			return resultSet.getLong(1);
		}
	}

	private static int _insertNotice(TestDatabase testDatabase, long meetingNoticeId) throws SQLException {
		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into " + MeetingNoticeModelImpl.TABLE_NAME +
					" (mvccVersion, meetingNoticeId, groupId, companyId, userId, createDate, networkMeetingId," +
						" sequence, noticeKind) values (0, ?, 20121, 20097, 30001, ?, 7001, 0, 'invitation')")) {

			preparedStatement.setLong(1, meetingNoticeId);
			preparedStatement.setTimestamp(2, new Timestamp(System.currentTimeMillis()));

			return preparedStatement.executeUpdate();
		}
	}

	/**
	 * Runs the product's step on one connection to the test database. The portal would hand it its own connection
	 * and DB object; here the vendor's DB reads the indexes (hasIndex) as in the portal, and the step's SQL is
	 * translated by that DB class (LiferaySql, as everywhere in this tier) and run on that connection. BaseDB's own runSQL cannot be used outside the
	 * portal: it passes every statement through SQLTransformer, which needs the portal's caches (its rewrites are
	 * for queries, not DDL).
	 */
	private static void _upgrade(TestDatabase testDatabase) throws Exception {
		DB db = spy(testDatabase.liferayDB());

		doAnswer(
			invocation -> {
				_runTranslated(testDatabase.vendor(), invocation.getArgument(0), invocation.getArgument(1));

				return null;
			}
		).when(
			db
		).runSQLTemplateString(any(Connection.class), anyString(), anyBoolean());

		DBManager dbManager = mock(DBManager.class);

		when(dbManager.getDB()).thenReturn(db);

		DBManagerUtil.setDBManager(dbManager);

		try (Connection connection = testDatabase.connect()) {
			new StepOnConnection(connection).upgradeSchema();
		}
	}

	private static void _runTranslated(Vendor vendor, Connection connection, String template) throws SQLException {
		for (String sql : SqlStatements.split(LiferaySql.translate(vendor, template))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}

	private interface SqlAction {

		void run() throws SQLException;

	}

	private static class StepOnConnection extends MeetingNoticeTableUpgradeProcess {

		private StepOnConnection(Connection connection) {
			this.connection = connection;
		}

		private void upgradeSchema() throws Exception {
			doUpgrade();
		}

	}

}
