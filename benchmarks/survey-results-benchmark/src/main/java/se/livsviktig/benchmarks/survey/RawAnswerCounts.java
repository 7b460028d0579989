package se.livsviktig.benchmarks.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.HashMap;
import java.util.Map;

/**
 * The baseline: the same answers counted per question, value, method,
 * administration and quarter by one plain GROUP BY over JDBC, no
 * suppression, no respondents, no invitations. What any page of these
 * figures must at least read.
 */
final class RawAnswerCounts {

	static final int STATEMENTS = 1;

	RawAnswerCounts(Connection connection, long surveyId) {
		_connection = connection;
		_surveyId = surveyId;
	}

	/**
	 * @return count per "question/value/method/organization/quarter"
	 */
	Map<String, Long> run() throws SQLException {
		Map<String, Long> counts = new HashMap<>();

		try (PreparedStatement preparedStatement = _connection.prepareStatement(
				"SELECT a.surveyQuestionId, a.numericValue, r.methodId, r.organizationId, " +
					"(r.responseMonth - MOD(MOD(r.responseMonth, 100) + 2, 3)), COUNT(*) " +
						"FROM LVSurvey_SurveyAnswer a INNER JOIN LVSurvey_SurveyResponse r ON " +
							"r.surveyResponseId = a.surveyResponseId WHERE r.surveyId = ? GROUP BY " +
								"a.surveyQuestionId, a.numericValue, r.methodId, r.organizationId, " +
									"(r.responseMonth - MOD(MOD(r.responseMonth, 100) + 2, 3))")) {

			preparedStatement.setLong(1, _surveyId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					counts.put(
						key(
							resultSet.getLong(1), resultSet.getInt(2), resultSet.getLong(3), resultSet.getLong(4),
							resultSet.getInt(5)),
						resultSet.getLong(6));
				}
			}
		}

		return counts;
	}

	static String key(long surveyQuestionId, int value, long methodId, long organizationId, int quarter) {
		return surveyQuestionId + "/" + value + "/" + methodId + "/" + organizationId + "/" + quarter;
	}

	private final Connection _connection;
	private final long _surveyId;

}
