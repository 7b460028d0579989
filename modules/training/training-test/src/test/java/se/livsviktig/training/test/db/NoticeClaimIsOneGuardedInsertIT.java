package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.internal.notification.NoticeClaimInsert;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * A notice's claim is one insert guarded by the unique (companyId, noticeKey) index (NoticeClaimInsert): the first
 * claim of a key inserts its row, a second inserts nothing and raises no error, so the transaction it runs in goes
 * on and commits. A plain insert would fail the second claim, and on PostgreSQL that failure aborts the whole
 * transaction: every later statement of it fails. The SQL is the product's own, through Liferay's SQL transformer
 * for each database, in one transaction per test.
 */
class NoticeClaimIsOneGuardedInsertIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSecondClaimOfAKeyInsertsNothingAndTheTransactionCommits(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String insert = NoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType());

		assertNotNull(insert, "no guarded insert for " + vendor);

		String claim = CustomSql.transform(vendor, insert);

		String noticeKey = "registration/" + _nextId() + "/confirmation";

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(1, _claim(connection, claim, noticeKey), "the first claim inserts");
			assertEquals(0, _claim(connection, claim, noticeKey), "the second claim inserts nothing");

			// The transaction is still usable: a further statement runs and the whole commits.

			assertEquals(1, _claim(connection, claim, noticeKey + "/other"), "a claim after the refused one");

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, noticeKey));
		assertEquals(1, _countNotices(testDatabase, noticeKey + "/other"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aClaimOfAKeyTakenByAnotherTransactionInsertsNothing(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String claim = CustomSql.transform(
			vendor, NoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType()));

		String noticeKey = "registration/" + _nextId() + "/waitlisted";

		try (Connection connection = testDatabase.connect()) {
			assertEquals(1, _claim(connection, claim, noticeKey));
		}

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(0, _claim(connection, claim, noticeKey));

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, noticeKey));
	}

	private static int _claim(Connection connection, String claim, String noticeKey) throws SQLException {
		try (PreparedStatement preparedStatement = connection.prepareStatement(claim)) {
			preparedStatement.setLong(1, _nextId());
			preparedStatement.setLong(2, _GROUP_ID);
			preparedStatement.setLong(3, _COMPANY_ID);
			preparedStatement.setLong(4, _USER_ID);
			preparedStatement.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
			preparedStatement.setString(6, noticeKey);
			preparedStatement.setString(7, "confirmation");
			preparedStatement.setLong(8, _nextId());
			preparedStatement.setLong(9, _nextId());

			return preparedStatement.executeUpdate();
		}
	}

	private static long _countNotices(TestDatabase testDatabase, String noticeKey) throws SQLException {
		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVTraining_TrainingNotice where companyId = ? and noticeKey = ?")) {

			preparedStatement.setLong(1, _COMPANY_ID);
			preparedStatement.setString(2, noticeKey);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _USER_ID = 30001;

	private static final AtomicLong _ids = new AtomicLong(5000);

}
