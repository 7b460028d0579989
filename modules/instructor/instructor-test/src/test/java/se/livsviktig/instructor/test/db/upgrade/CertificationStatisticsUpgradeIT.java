package se.livsviktig.instructor.test.db.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBManager;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.model.User;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.instructor.internal.figures.CertificationHolderStatistics;
import se.livsviktig.instructor.internal.upgrade.v1_2_0.CertificationStatisticsUpgradeProcess;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.SqlStatements;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The 1.1.0 to 1.2.0 step on a database that holds schema 1.1.0 (the certification table without organizationId
 * and sex) and certifications in it, on PostgreSQL and MariaDB: the step's own doUpgrade runs on a connection to
 * the test database, with Liferay's DB class for the vendor adding the columns as in the portal. Every holder's
 * certifications (a renewal too) get the administration and category the holder has now, a holder who no longer
 * exists unknown in none, and a second run changes nothing, even where the holder has changed since.
 *
 * @author Livsviktig
 */
class CertificationStatisticsUpgradeIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVInstructorPersistenceConstants.class);

	@AfterEach
	void forgetTheDatabaseOfThisTest() {
		DBManagerUtil.reset();
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void onSchemaOneOneTheStepAddsTheColumnsAndFillsEveryRowFromItsHolder(
			Vendor vendor)
		throws Exception {

		TestDatabase testDatabase = databases.get(vendor);

		testDatabase.execute("alter table " + CertificationStatisticsUpgradeProcess.TABLE_NAME + " drop column sex");
		testDatabase.execute(
			"alter table " + CertificationStatisticsUpgradeProcess.TABLE_NAME + " drop column organizationId");

		assertThrows(
			SQLException.class,
			() -> testDatabase.execute("select sex from " + CertificationStatisticsUpgradeProcess.TABLE_NAME),
			"schema 1.1.0");

		// Anna (101) holds a certification and its renewal, Bertil (102) one, the holder of 4 no longer exists.

		_certification(testDatabase, 1, 101);
		_certification(testDatabase, 2, 101);
		_certification(testDatabase, 3, 102);
		_certification(testDatabase, 4, 103);

		CertificationHolderStatistics holders = mock(CertificationHolderStatistics.class);

		_holder(holders, 101, 40101, "female");
		_holder(holders, 102, 0, "male");
		_holder(holders, 103, 0, "unknown");

		_upgrade(testDatabase, holders);

		Map<Long, String> expected = new TreeMap<>();

		expected.put(1L, "40101 female");
		expected.put(2L, "40101 female");
		expected.put(3L, "0 male");
		expected.put(4L, "0 unknown");

		assertEquals(expected, _organizationAndSexByCertification(testDatabase));

		// A second run (an interrupted upgrade started again) keeps what the first wrote.

		_holder(holders, 101, 40102, "male");

		_upgrade(testDatabase, holders);

		assertEquals(expected, _organizationAndSexByCertification(testDatabase));
	}

	private static void _certification(TestDatabase testDatabase, long certificationId, long holderUserId)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into " + CertificationStatisticsUpgradeProcess.TABLE_NAME +
					" (mvccVersion, certificationId, groupId, companyId, userId, holderUserId, trainingMethodId," +
						" state_) values (0, ?, 20121, 20097, 30001, ?, 501, 0)")) {

			preparedStatement.setLong(1, certificationId);
			preparedStatement.setLong(2, holderUserId);

			preparedStatement.executeUpdate();
		}
	}

	private static void _holder(
			CertificationHolderStatistics holders, long holderUserId, long organizationId, String sex)
		throws Exception {

		User holder = mock(User.class);

		when(holders.fetchHolder(holderUserId)).thenReturn(holder);
		when(holders.organizationIdOf(holder)).thenReturn(organizationId);
		when(holders.sexOf(holder)).thenReturn(sex);
	}

	private static Map<Long, String> _organizationAndSexByCertification(TestDatabase testDatabase)
		throws SQLException {

		Map<Long, String> organizationAndSexes = new TreeMap<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select certificationId, organizationId, sex from " +
					CertificationStatisticsUpgradeProcess.TABLE_NAME);
			ResultSet resultSet = preparedStatement.executeQuery()) {

			while (resultSet.next()) {
				organizationAndSexes.put(
					resultSet.getLong(1), resultSet.getLong(2) + " " + resultSet.getString(3));
			}
		}

		return organizationAndSexes;
	}

	private static void _runTranslated(Vendor vendor, Connection connection, String template) throws SQLException {
		for (String sql : SqlStatements.split(LiferaySql.translate(vendor, template))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Runs the product's step on one connection to the test database, as RegistrationSexUpgradeIT in training-test:
	 * the vendor's DB adds the columns (alterTableAddColumn) as in the portal, its SQL translated by that DB class
	 * (LiferaySql) and run on that connection, since BaseDB's own runSQL needs the portal's caches.
	 */
	private static void _upgrade(TestDatabase testDatabase, CertificationHolderStatistics holders) throws Exception {
		DB db = spy(testDatabase.liferayDB());

		doAnswer(
			invocation -> {
				_runTranslated(testDatabase.vendor(), invocation.getArgument(0), invocation.getArgument(1));

				return null;
			}
		).when(
			db
		).runSQL(any(Connection.class), anyString());

		DBManager dbManager = mock(DBManager.class);

		when(dbManager.getDB()).thenReturn(db);

		DBManagerUtil.setDBManager(dbManager);

		try (Connection connection = testDatabase.connect()) {
			new StepOnConnection(connection, holders).upgradeSchema();
		}
	}

	private static class StepOnConnection extends CertificationStatisticsUpgradeProcess {

		private StepOnConnection(Connection connection, CertificationHolderStatistics holders) {
			super(holders);

			this.connection = connection;
		}

		private void upgradeSchema() throws Exception {
			doUpgrade();
		}

	}

}
