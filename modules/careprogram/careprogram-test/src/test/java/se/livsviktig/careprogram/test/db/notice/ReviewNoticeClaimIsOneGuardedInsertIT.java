package se.livsviktig.careprogram.test.db.notice;

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

import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeClaimInsert;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * A review notice's claim is one insert guarded by the unique (localRoutineId, careProgramId, recipientUserId,
 * noticeKind, episodeKey) index (ReviewNoticeClaimInsert), on PostgreSQL and MariaDB: the first claim inserts its
 * row, a second inserts nothing and raises no error, so the transaction it runs in goes on and commits; the same
 * notice in the next episode (the next overdue week) is a claim of its own. The SQL is the product's own, through
 * Liferay's SQL transformer.
 *
 * @author Livsviktig
 */
class ReviewNoticeClaimIsOneGuardedInsertIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVCareProgramPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aNoticeClaimedByAnotherTransactionIsNotClaimedAgain(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String claim = CustomSql.transform(
			vendor, ReviewNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType()));

		long localRoutineId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			assertEquals(1, _claim(connection, claim, localRoutineId, 4, "ownerless/2027-03-01T09:00:00Z"));
		}

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(0, _claim(connection, claim, localRoutineId, 4, "ownerless/2027-03-01T09:00:00Z"));

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, localRoutineId, 4, "ownerless/2027-03-01T09:00:00Z"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSecondClaimOfANoticeInsertsNothingAndTheTransactionCommits(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String insert = ReviewNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType());

		assertNotNull(insert, "no guarded insert for " + vendor);

		String claim = CustomSql.transform(vendor, insert);

		long localRoutineId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(1, _claim(connection, claim, localRoutineId, 2, "2027-03-01/w1"), "the first claim inserts");
			assertEquals(0, _claim(connection, claim, localRoutineId, 2, "2027-03-01/w1"), "the second inserts nothing");

			// The transaction is still usable: the next week's notice is claimed and the whole commits.

			assertEquals(1, _claim(connection, claim, localRoutineId, 2, "2027-03-01/w2"), "the next episode");

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, localRoutineId, 2, "2027-03-01/w1"));
		assertEquals(1, _countNotices(testDatabase, localRoutineId, 2, "2027-03-01/w2"));
	}

	private static int _claim(
			Connection connection, String claim, long localRoutineId, int noticeKind, String episodeKey)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(claim)) {
			preparedStatement.setLong(1, _nextId());
			preparedStatement.setLong(2, _COMPANY_ID);
			preparedStatement.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
			preparedStatement.setLong(4, _CARE_PROGRAM_ID);
			preparedStatement.setLong(5, localRoutineId);
			preparedStatement.setLong(6, _RECIPIENT_USER_ID);
			preparedStatement.setInt(7, noticeKind);
			preparedStatement.setString(8, episodeKey);

			return preparedStatement.executeUpdate();
		}
	}

	private static long _countNotices(
			TestDatabase testDatabase, long localRoutineId, int noticeKind, String episodeKey)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVCareProgram_ReviewNotice where localRoutineId = ? and noticeKind = ? and " +
					"episodeKey = ?")) {

			preparedStatement.setLong(1, localRoutineId);
			preparedStatement.setInt(2, noticeKind);
			preparedStatement.setString(3, episodeKey);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final long _CARE_PROGRAM_ID = 40001;

	private static final long _COMPANY_ID = 20097;

	private static final long _RECIPIENT_USER_ID = 30001;

	private static final AtomicLong _ids = new AtomicLong(5000);

}
