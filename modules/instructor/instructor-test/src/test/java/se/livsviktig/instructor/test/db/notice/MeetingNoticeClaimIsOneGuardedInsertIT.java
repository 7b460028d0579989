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

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeClaimInsert;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * A meeting notice's claim is one insert guarded by the unique (networkMeetingId, userId, sequence) index
 * (MeetingNoticeClaimInsert), on PostgreSQL and MariaDB: the first claim of a meeting's version for a person
 * inserts its row, a second inserts nothing and raises no error, so the transaction goes on and commits; the
 * next version of the meeting, or another person, is a claim of its own. The SQL is the product's own, through
 * Liferay's SQL transformer.
 *
 * @author Livsviktig
 */
class MeetingNoticeClaimIsOneGuardedInsertIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVInstructorPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSecondClaimOfAMeetingVersionInsertsNothingAndTheTransactionCommits(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String insert = MeetingNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType());

		assertNotNull(insert, "no guarded insert for " + vendor);

		String claim = CustomSql.transform(vendor, insert);

		long networkMeetingId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(1, _claim(connection, claim, networkMeetingId, _ANNA, 0), "the first claim inserts");
			assertEquals(0, _claim(connection, claim, networkMeetingId, _ANNA, 0), "the second inserts nothing");

			// The transaction is still usable: the next version and another person are claimed, and all commits

			assertEquals(1, _claim(connection, claim, networkMeetingId, _ANNA, 1), "the next version");
			assertEquals(1, _claim(connection, claim, networkMeetingId, _BERTIL, 0), "another person");

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, networkMeetingId, _ANNA, 0));
		assertEquals(1, _countNotices(testDatabase, networkMeetingId, _ANNA, 1));
		assertEquals(1, _countNotices(testDatabase, networkMeetingId, _BERTIL, 0));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aVersionClaimedByAnotherTransactionIsNotClaimedAgain(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		String claim = CustomSql.transform(
			vendor, MeetingNoticeClaimInsert.forDatabase(vendor.createLiferayDB().getDBType()));

		long networkMeetingId = _nextId();

		try (Connection connection = testDatabase.connect()) {
			assertEquals(1, _claim(connection, claim, networkMeetingId, _ANNA, 3));
		}

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			assertEquals(0, _claim(connection, claim, networkMeetingId, _ANNA, 3));

			connection.commit();
		}

		assertEquals(1, _countNotices(testDatabase, networkMeetingId, _ANNA, 3));
	}

	private static int _claim(
			Connection connection, String claim, long networkMeetingId, long userId, int sequence)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(claim)) {
			preparedStatement.setLong(1, _nextId());
			preparedStatement.setLong(2, _GROUP_ID);
			preparedStatement.setLong(3, _COMPANY_ID);
			preparedStatement.setLong(4, userId);
			preparedStatement.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
			preparedStatement.setLong(6, networkMeetingId);
			preparedStatement.setInt(7, sequence);
			preparedStatement.setString(8, "meeting-change");

			return preparedStatement.executeUpdate();
		}
	}

	private static long _countNotices(TestDatabase testDatabase, long networkMeetingId, long userId, int sequence)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVInstructor_MeetingNotice where networkMeetingId = ? and userId = ? and " +
					"sequence = ?")) {

			preparedStatement.setLong(1, networkMeetingId);
			preparedStatement.setLong(2, userId);
			preparedStatement.setInt(3, sequence);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final long _ANNA = 301;

	private static final long _BERTIL = 303;

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final AtomicLong _ids = new AtomicLong(9000);

}
