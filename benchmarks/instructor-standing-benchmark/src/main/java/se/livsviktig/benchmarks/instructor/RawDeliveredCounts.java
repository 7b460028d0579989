package se.livsviktig.benchmarks.instructor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;

/**
 * The baseline: sessions delivered per accepted instructor and method in the longest licence period, as one
 * GROUP BY written by hand and run with plain JDBC on a connection kept open, as a pooled one stays. The least the
 * at-risk list could cost: the figure every standing starts from, without certifications, rules or objects.
 *
 * @author Livsviktig
 */
final class RawDeliveredCounts {

	/**
	 * Statements one baseline run sends.
	 */
	static final int STATEMENTS = 1;

	RawDeliveredCounts(Connection connection, long companyId) {
		_connection = connection;
		_companyId = companyId;
	}

	/**
	 * @return the number of (instructor, method) rows
	 */
	int run(Date from, Date to) throws SQLException {
		try (PreparedStatement preparedStatement = _connection.prepareStatement(_SQL)) {
			preparedStatement.setInt(1, SessionInstructorConstants.STATUS_ACCEPTED);
			preparedStatement.setLong(2, _companyId);
			preparedStatement.setInt(3, CourseSessionConstants.STATUS_PUBLISHED);
			preparedStatement.setTimestamp(4, new Timestamp(from.getTime()));
			preparedStatement.setTimestamp(5, new Timestamp(to.getTime()));
			preparedStatement.setLong(6, _companyId);
			preparedStatement.setInt(7, RegistrationConstants.STATUS_CONFIRMED);
			preparedStatement.setLong(8, _companyId);
			preparedStatement.setInt(9, RegistrationConstants.STATUS_COMPLETED);
			preparedStatement.setInt(10, RegistrationConstants.STATUS_NOT_COMPLETED);
			preparedStatement.setInt(11, RegistrationConstants.STATUS_NO_SHOW);

			int rows = 0;

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					resultSet.getLong(1);
					resultSet.getLong(2);
					resultSet.getInt(3);

					rows++;
				}
			}

			return rows;
		}
	}

	private static final String _SQL =
		"select si.instructorUserId, cs.trainingMethodId, count(cs.courseSessionId) from " +
			"LVTraining_SessionInstructor si inner join LVTraining_CourseSession cs on cs.courseSessionId = " +
				"si.courseSessionId where si.status = ? and cs.companyId = ? and cs.status = ? and cs.endDate >= ? " +
					"and cs.endDate < ? and cs.courseSessionId not in (select distinct r.courseSessionId from " +
						"LVTraining_Registration r where r.companyId = ? and r.status = ?) and cs.courseSessionId in " +
							"(select distinct r.courseSessionId from LVTraining_Registration r where r.companyId = ? " +
								"and r.status in (?, ?, ?)) group by si.instructorUserId, cs.trainingMethodId";

	private final long _companyId;
	private final Connection _connection;

}
