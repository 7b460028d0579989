package se.livsviktig.training.test.db.upgrade;

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

import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.SqlStatements;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.upgrade.v1_1_0.RegistrationSexUpgradeProcess;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The 1.0.0 to 1.1.0 step on a database that holds schema 1.0.0 (the registration table without sex and
 * participantKey) and registrations in it, on PostgreSQL and MariaDB: the step's own doUpgrade runs on a connection
 * to the test database, with Liferay's DB class for the vendor adding the columns as in the portal. One company
 * takes the category from its people's contacts, another from a custom field with a value mapping; every existing
 * row gets its user's key and its person's category, unknown where the source cannot tell, and a second run
 * changes nothing.
 *
 * @author Livsviktig
 */
class RegistrationSexUpgradeIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@AfterEach
	void forgetTheDatabaseOfThisTest() {
		DBManagerUtil.reset();
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void onSchemaOneZeroTheStepAddsTheColumnsAndFillsEveryRowFromTheCompanysSource(
			Vendor vendor)
		throws Exception {

		TestDatabase testDatabase = databases.get(vendor);

		_schemaOneZero(testDatabase);

		// Contacts: Anna a woman, Bertil a man; the user of registration 3 no longer exists.

		_contact(testDatabase, 101, false);
		_contact(testDatabase, 102, true);

		_registration(testDatabase, 1, _CONTACTS_COMPANY, 101);
		_registration(testDatabase, 2, _CONTACTS_COMPANY, 102);
		_registration(testDatabase, 3, _CONTACTS_COMPANY, 103);
		_registration(testDatabase, 4, _CONTACTS_COMPANY, 101);

		// A custom field "kön" fed from HR: K, " m " (HR's spacing and case), X (not mapped), no value at all.

		_customFieldTable(testDatabase);

		_customFieldValue(testDatabase, 201, "K");
		_customFieldValue(testDatabase, 202, " m ");
		_customFieldValue(testDatabase, 203, "X");
		_contact(testDatabase, 204, false);

		_registration(testDatabase, 11, _FIELD_COMPANY, 201);
		_registration(testDatabase, 12, _FIELD_COMPANY, 202);
		_registration(testDatabase, 13, _FIELD_COMPANY, 203);
		_registration(testDatabase, 14, _FIELD_COMPANY, 204);

		_upgrade(testDatabase);

		Map<Long, String> expected = new TreeMap<>();

		expected.put(1L, RegistrationSexes.FEMALE + " 101");
		expected.put(2L, RegistrationSexes.MALE + " 102");
		expected.put(3L, RegistrationSexes.UNKNOWN + " 103");
		expected.put(4L, RegistrationSexes.FEMALE + " 101");
		expected.put(11L, RegistrationSexes.FEMALE + " 201");
		expected.put(12L, RegistrationSexes.MALE + " 202");
		expected.put(13L, RegistrationSexes.UNKNOWN + " 203");
		expected.put(14L, RegistrationSexes.UNKNOWN + " 204");

		assertEquals(expected, _sexAndKeyByRegistration(testDatabase));

		// A second run (an interrupted upgrade started again) keeps what the first wrote, even where the source
		// has changed since.

		testDatabase.execute("update Contact_ set male = " + _true(vendor) + " where contactId = 101");

		_upgrade(testDatabase);

		assertEquals(expected, _sexAndKeyByRegistration(testDatabase));
	}

	private static void _contact(TestDatabase testDatabase, long userId, boolean male) throws SQLException {
		_insert(testDatabase, "insert into User_ (userId, companyId, contactId) values (?, ?, ?)", userId,
			userId < 200 ? _CONTACTS_COMPANY : _FIELD_COMPANY, userId + 5000);
		_insert(testDatabase, "insert into Contact_ (contactId, male) values (?, ?)", userId + 5000, male);
	}

	/**
	 * The portal's tables a user custom field lives in, with the columns the step reads: the company's CUSTOM_FIELDS
	 * table of the User class, its column "kön", and a decoy column of another class with the same name.
	 */
	private static void _customFieldTable(TestDatabase testDatabase) throws SQLException {
		_insert(testDatabase, "insert into ClassName_ (classNameId, value) values (?, ?)", 1, User.class.getName());
		_insert(testDatabase, "insert into ClassName_ (classNameId, value) values (?, ?)", 2, "com.liferay.Other");
		_insert(
			testDatabase, "insert into ExpandoTable (tableId, companyId, classNameId, name) values (?, ?, ?, ?)", 31,
			_FIELD_COMPANY, 1, "CUSTOM_FIELDS");
		_insert(
			testDatabase, "insert into ExpandoTable (tableId, companyId, classNameId, name) values (?, ?, ?, ?)", 32,
			_FIELD_COMPANY, 2, "CUSTOM_FIELDS");
		_insert(testDatabase, "insert into ExpandoColumn (columnId, tableId, name) values (?, ?, ?)", 41, 31, "kön");
		_insert(testDatabase, "insert into ExpandoColumn (columnId, tableId, name) values (?, ?, ?)", 42, 32, "kön");

		// The decoy says female for user 203, whose own field says X.

		_insert(
			testDatabase, "insert into ExpandoValue (valueId, columnId, classPK, data_) values (?, ?, ?, ?)", 203_042, 42,
			203, "K");
	}

	private static void _customFieldValue(TestDatabase testDatabase, long userId, String value) throws SQLException {
		_insert(
			testDatabase, "insert into ExpandoValue (valueId, columnId, classPK, data_) values (?, ?, ?, ?)",
			userId * 1000 + 41, 41, userId, value);
	}

	private static void _insert(TestDatabase testDatabase, String sql, Object... parameters) throws SQLException {
		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(sql)) {

			for (int i = 0; i < parameters.length; i++) {
				preparedStatement.setObject(i + 1, parameters[i]);
			}

			preparedStatement.executeUpdate();
		}
	}

	private static void _registration(TestDatabase testDatabase, long registrationId, long companyId, long userId)
		throws SQLException {

		_insert(
			testDatabase,
			"insert into LVTraining_Registration (registrationId, companyId, userId, activeKey, status) values (?, ?, " +
				"?, ?, 8)",
			registrationId, companyId, userId, -registrationId);
	}

	private static void _runTranslated(Vendor vendor, Connection connection, String template) throws SQLException {
		for (String sql : SqlStatements.split(LiferaySql.translate(vendor, template))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Schema 1.0.0's registration table, and the portal's tables the step reads, with the columns it reads.
	 */
	private static void _schemaOneZero(TestDatabase testDatabase) throws SQLException {
		testDatabase.execute("alter table " + RegistrationSexUpgradeProcess.TABLE_NAME + " drop column sex");
		testDatabase.execute("alter table " + RegistrationSexUpgradeProcess.TABLE_NAME + " drop column participantKey");

		assertThrows(
			SQLException.class,
			() -> testDatabase.execute(
				"select participantKey from " + RegistrationSexUpgradeProcess.TABLE_NAME),
			"schema 1.0.0");

		testDatabase.execute("create table User_ (userId bigint not null primary key, companyId bigint, contactId bigint)");
		testDatabase.execute("create table Contact_ (contactId bigint not null primary key, male boolean)");
		testDatabase.execute("create table ClassName_ (classNameId bigint not null primary key, value varchar(200))");
		testDatabase.execute(
			"create table ExpandoTable (tableId bigint not null primary key, companyId bigint, classNameId bigint, " +
				"name varchar(75))");
		testDatabase.execute(
			"create table ExpandoColumn (columnId bigint not null primary key, tableId bigint, name varchar(75))");
		testDatabase.execute(
			"create table ExpandoValue (valueId bigint not null primary key, columnId bigint, classPK bigint, " +
				"data_ text)");
	}

	private static Map<Long, String> _sexAndKeyByRegistration(TestDatabase testDatabase) throws SQLException {
		Map<Long, String> sexAndKeys = new TreeMap<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select registrationId, sex, participantKey from " + RegistrationSexUpgradeProcess.TABLE_NAME);
			ResultSet resultSet = preparedStatement.executeQuery()) {

			while (resultSet.next()) {
				sexAndKeys.put(resultSet.getLong(1), resultSet.getString(2) + " " + resultSet.getLong(3));
			}
		}

		return sexAndKeys;
	}

	private static TrainingCompanySettings _settings() {
		TrainingCompanyConfiguration contacts = mock(TrainingCompanyConfiguration.class);

		when(contacts.sexCustomFieldName()).thenReturn("");

		TrainingCompanyConfiguration field = mock(TrainingCompanyConfiguration.class);

		when(field.sexCustomFieldName()).thenReturn("kön");
		when(field.sexCustomFieldValues()).thenReturn(new String[] {"K=female,Kvinna=female", "M=male"});

		TrainingCompanySettings trainingCompanySettings = mock(TrainingCompanySettings.class);

		when(trainingCompanySettings.get(_CONTACTS_COMPANY)).thenReturn(contacts);
		when(trainingCompanySettings.get(_FIELD_COMPANY)).thenReturn(field);

		return trainingCompanySettings;
	}

	private static String _true(Vendor vendor) {
		return (vendor == Vendor.POSTGRESQL) ? "true" : "1";
	}

	/**
	 * Runs the product's step on one connection to the test database. The portal would hand it its own connection
	 * and DB object; here the vendor's DB adds the columns (alterTableAddColumn) as in the portal, its SQL
	 * translated by that DB class (LiferaySql) and run on that connection: BaseDB's own runSQL passes every
	 * statement through SQLTransformer, which needs the portal's caches.
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
		).runSQL(any(Connection.class), anyString());

		DBManager dbManager = mock(DBManager.class);

		when(dbManager.getDB()).thenReturn(db);

		DBManagerUtil.setDBManager(dbManager);

		try (Connection connection = testDatabase.connect()) {
			new StepOnConnection(connection).upgradeSchema();
		}
	}

	private static final long _CONTACTS_COMPANY = 20097;

	private static final long _FIELD_COMPANY = 20098;

	private static class StepOnConnection extends RegistrationSexUpgradeProcess {

		private StepOnConnection(Connection connection) {
			super(_settings());

			this.connection = connection;
		}

		private void upgradeSchema() throws Exception {
			doUpgrade();
		}

	}

}
