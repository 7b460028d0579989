package se.livsviktig.benchmarks.careprogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the site's routines counted per administration by one plain GROUP BY over JDBC on a connection kept
 * open, no ORM, no transaction, no objects. The programmes an administration has no routine for are the site's
 * programmes less its routines (one routine per programme and administration, each of the site's own programme),
 * so the baseline needs no anti-join: it is what any health page must at least read.
 */
final class RawHealthCounts {

	static final int STATEMENTS = 1;

	RawHealthCounts(Connection connection, long groupId) {
		_connection = connection;
		_groupId = groupId;
	}

	/**
	 * @return one "organizationId routines onTime missing" line per administration, in organizationId order
	 */
	List<String> run(Timestamp startOfToday) throws SQLException {
		List<String> rows = new ArrayList<>();

		try (PreparedStatement preparedStatement = _connection.prepareStatement(
				"SELECT organizationId, COUNT(*), SUM(CASE WHEN nextReviewDate >= ? THEN 1 ELSE 0 END), " +
					"(SELECT COUNT(*) FROM LVCareProgram_CareProgram WHERE groupId = ?) - COUNT(*) " +
						"FROM LVCareProgram_LocalRoutine WHERE groupId = ? GROUP BY organizationId " +
							"ORDER BY organizationId")) {

			preparedStatement.setTimestamp(1, startOfToday);
			preparedStatement.setLong(2, _groupId);
			preparedStatement.setLong(3, _groupId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(
						line(resultSet.getLong(1), resultSet.getLong(2), resultSet.getLong(3), resultSet.getLong(4)));
				}
			}
		}

		return rows;
	}

	static String line(long organizationId, long routines, long onTime, long missing) {
		return organizationId + " " + routines + " " + onTime + " " + missing;
	}

	private final Connection _connection;
	private final long _groupId;

}
