package se.livsviktig.instructor.test.db.notice;

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

import se.livsviktig.instructor.internal.notice.InstructorNoticeClaimInsert;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * A certification notice's claim is one insert guarded by the unique (certificationId, noticeKind) index
 * (InstructorNoticeClaimInsert), on PostgreSQL and MariaDB: the first claim inserts its row, a second inserts nothing
 * and raises no error, so the transaction it runs in goes on and commits; another kind of notice of the same
 * certification is a claim of its own. The SQL is the product's own, through Liferay's SQL transformer.
 *
 * @author Livsviktig
 */
class CertificationNoticeClaimIsOneGuardedInsertIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVInstructorPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSecondClaimOfANoticeInsertsNothingAndTheTransactionCommits(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String insert = InstructorNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType());

		assertNotNull(insert, "no guarded insert for " + vendor);

		String claim = CustomSql.transform(vendor, insert);

		long certificationId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(1, _claim(connection, claim, certificationId, "expiry-90"), "the first claim inserts");
			assertEquals(0, _claim(connection, claim, certificationId, "expiry-90"), "the second inserts nothing");

			// The transaction is still usable: the next kind of notice is claimed and the whole commits.

			assertEquals(1, _claim(connection, claim, certificationId, "expiry-30"), "another kind of notice");

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, certificationId, "expiry-90"));
		assertEquals(1, _countNotices(testDatabase, certificationId, "expiry-30"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aNoticeClaimedByAnotherTransactionIsNotClaimedAgain(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String claim = CustomSql.transform(
			vendor, InstructorNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType()));

		long certificationId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			assertEquals(1, _claim(connection, claim, certificationId, "lapsed"));
		}

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(0, _claim(connection, claim, certificationId, "lapsed"));

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, certificationId, "lapsed"));
	}

	private static int _claim(Connection connection, String claim, long certificationId, String noticeKind)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(claim)) {
			preparedStatement.setLong(1, _nextId());
			preparedStatement.setLong(2, _GROUP_ID);
			preparedStatement.setLong(3, _COMPANY_ID);
			preparedStatement.setLong(4, _USER_ID);
			preparedStatement.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
			preparedStatement.setLong(6, certificationId);
			preparedStatement.setString(7, noticeKind);

			return preparedStatement.executeUpdate();
		}
	}

	private static long _countNotices(TestDatabase testDatabase, long certificationId, String noticeKind)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVInstructor_InstructorNotice where certificationId = ? and noticeKind = ?")) {

			preparedStatement.setLong(1, certificationId);
			preparedStatement.setString(2, noticeKind);

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
