package se.livsviktig.benchmarks.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.UUID;

import javax.sql.DataSource;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;

/**
 * The least a registration can cost on this database: one JDBC transaction that takes the session's row for
 * update, decides seat or waitlist, writes the session's counters and inserts the registration, its "registered"
 * event and its notice row, with nothing else under the lock. The product is measured against it, in the same
 * JVM, on the same pool and PostgreSQL, so the ratio says what the product's layers cost, whatever the machine's
 * load. Ids come from a range the caller reserved before, as the product's do.
 *
 * <p>
 * Seven round trips: BEGIN (the driver sends it with the first statement), SELECT ... FOR UPDATE, UPDATE, three
 * INSERTs, COMMIT.
 * </p>
 *
 * @author Livsviktig
 */
final class RawJdbcRegistration {

	RawJdbcRegistration(DataSource dataSource) {
		_dataSource = dataSource;
	}

	/**
	 * @param firstId the first of three ids reserved for this registration (registration, event, notice)
	 */
	void register(long companyId, long courseSessionId, long userId, String userName, long firstId)
		throws SQLException {

		try (Connection connection = _dataSource.getConnection()) {
			connection.setAutoCommit(false);

			try {
				_register(connection, companyId, courseSessionId, userId, userName, firstId);

				connection.commit();
			}
			catch (SQLException | RuntimeException exception) {
				connection.rollback();

				throw exception;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	private void _register(
			Connection connection, long companyId, long courseSessionId, long userId, String userName, long firstId)
		throws SQLException {

		long groupId;
		long courseId;
		long trainingMethodId;
		int seats;
		int seatsTaken;
		int waitlistedCount;
		long queueSequence;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select groupId, courseId, trainingMethodId, seats, seatsTaken, waitlistedCount, queueSequence " +
					"from LVTraining_CourseSession where courseSessionId = ? for update")) {

			preparedStatement.setLong(1, courseSessionId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					throw new SQLException("No course session " + courseSessionId);
				}

				groupId = resultSet.getLong(1);
				courseId = resultSet.getLong(2);
				trainingMethodId = resultSet.getLong(3);
				seats = resultSet.getInt(4);
				seatsTaken = resultSet.getInt(5);
				waitlistedCount = resultSet.getInt(6);
				queueSequence = resultSet.getLong(7);
			}
		}

		boolean seat = seatsTaken < seats;

		int status = seat ? RegistrationConstants.STATUS_CONFIRMED : RegistrationConstants.STATUS_WAITLISTED;

		queueSequence++;

		if (seat) {
			seatsTaken++;
		}
		else {
			waitlistedCount++;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"update LVTraining_CourseSession set mvccVersion = mvccVersion + 1, seatsTaken = ?, " +
					"waitlistedCount = ?, queueSequence = ? where courseSessionId = ?")) {

			preparedStatement.setInt(1, seatsTaken);
			preparedStatement.setInt(2, waitlistedCount);
			preparedStatement.setLong(3, queueSequence);
			preparedStatement.setLong(4, courseSessionId);

			preparedStatement.executeUpdate();
		}

		Timestamp now = new Timestamp(System.currentTimeMillis());

		long registrationId = firstId;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVTraining_Registration (mvccVersion, uuid_, registrationId, groupId, companyId, " +
					"userId, userName, createDate, modifiedDate, courseSessionId, courseId, trainingMethodId, " +
						"organizationId, registeredByUserId, activeKey, queueNumber, calendarSequence, status, " +
							"statusDate) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)")) {

			preparedStatement.setString(1, UUID.randomUUID().toString());
			preparedStatement.setLong(2, registrationId);
			preparedStatement.setLong(3, groupId);
			preparedStatement.setLong(4, companyId);
			preparedStatement.setLong(5, userId);
			preparedStatement.setString(6, userName);
			preparedStatement.setTimestamp(7, now);
			preparedStatement.setTimestamp(8, now);
			preparedStatement.setLong(9, courseSessionId);
			preparedStatement.setLong(10, courseId);
			preparedStatement.setLong(11, trainingMethodId);
			preparedStatement.setLong(12, userId);
			preparedStatement.setLong(13, userId);
			preparedStatement.setLong(14, queueSequence);
			preparedStatement.setInt(15, status);
			preparedStatement.setTimestamp(16, now);

			preparedStatement.executeUpdate();
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVTraining_RegistrationEvent (mvccVersion, registrationEventId, groupId, companyId, " +
					"userId, userName, createDate, registrationId, courseSessionId, type_, fromStatus, toStatus) " +
						"values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', 0, ?)")) {

			preparedStatement.setLong(1, firstId + 1);
			preparedStatement.setLong(2, groupId);
			preparedStatement.setLong(3, companyId);
			preparedStatement.setLong(4, userId);
			preparedStatement.setString(5, userName);
			preparedStatement.setTimestamp(6, now);
			preparedStatement.setLong(7, registrationId);
			preparedStatement.setLong(8, courseSessionId);
			preparedStatement.setInt(9, status);

			preparedStatement.executeUpdate();
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVTraining_TrainingNotice (mvccVersion, trainingNoticeId, groupId, companyId, userId, " +
					"createDate, noticeKey, noticeType, registrationId, courseSessionId) " +
						"values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

			String noticeType = seat ? TrainingNoticeTypes.CONFIRMATION : TrainingNoticeTypes.WAITLISTED;

			preparedStatement.setLong(1, firstId + 2);
			preparedStatement.setLong(2, groupId);
			preparedStatement.setLong(3, companyId);
			preparedStatement.setLong(4, userId);
			preparedStatement.setTimestamp(5, now);
			preparedStatement.setString(6, "baseline/" + registrationId + "/" + noticeType);
			preparedStatement.setString(7, noticeType);
			preparedStatement.setLong(8, registrationId);
			preparedStatement.setLong(9, courseSessionId);

			preparedStatement.executeUpdate();
		}
	}

	private final DataSource _dataSource;

}
