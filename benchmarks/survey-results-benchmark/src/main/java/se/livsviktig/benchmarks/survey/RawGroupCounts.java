package se.livsviktig.benchmarks.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline of the page's second figure family: respondents and sent
 * invitations per method, administration and quarter, by plain GROUP BYs
 * over JDBC (the response rate needs both). Written by hand, not taken from
 * the product, so the product's statement is measured against what the
 * database must at least do for the same figures.
 */
final class RawGroupCounts {

	static final int STATEMENTS = 1;

	RawGroupCounts(Connection connection, long surveyId) {
		_connection = connection;
		_surveyId = surveyId;
	}

	/**
	 * @return the number of rows (groups of responses plus groups of
	 *         invitations)
	 */
	int run() throws SQLException {
		int rows = 0;

		try (PreparedStatement preparedStatement = _connection.prepareStatement(
				"SELECT 0, methodId, organizationId, (responseMonth - MOD(MOD(responseMonth, 100) + 2, 3)), " +
					"COUNT(*) FROM LVSurvey_SurveyResponse WHERE surveyId = ? GROUP BY methodId, organizationId, " +
						"(responseMonth - MOD(MOD(responseMonth, 100) + 2, 3)) UNION ALL SELECT 1, methodId, " +
							"organizationId, (sentMonth - MOD(MOD(sentMonth, 100) + 2, 3)), COUNT(*) FROM " +
								"LVSurvey_SurveyInvitation WHERE surveyId = ? AND status <> 0 GROUP BY methodId, " +
									"organizationId, (sentMonth - MOD(MOD(sentMonth, 100) + 2, 3))")) {

			preparedStatement.setLong(1, _surveyId);
			preparedStatement.setLong(2, _surveyId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows++;
				}
			}
		}

		return rows;
	}

	private final Connection _connection;
	private final long _surveyId;

}
