package se.livsviktig.benchmarks.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.internal.results.CellSuppression;
import se.livsviktig.survey.service.internal.results.QuestionDistribution;
import se.livsviktig.survey.service.internal.results.ResultsGroupKey;
import se.livsviktig.survey.service.internal.results.ResultsQuestion;
import se.livsviktig.survey.service.internal.results.SurveyResultsAssembler;
import se.livsviktig.survey.service.internal.results.SurveyResultsSql;

/**
 * Where one page's time goes: the product's own statements ({@link
 * SurveyResultsSql}, the same text and parameters the service sends) run
 * over plain JDBC one by one, and the suppression ({@link
 * SurveyResultsAssembler}) on their rows, each timed on its own. Not the
 * page (that is timed through the service); the parts, to see which costs.
 */
final class PageBreakdown {

	PageBreakdown(
		Connection connection, long companyId, long surveyId, SurveyResultsQuery query,
		List<ResultsQuestion> questions, int minimumRespondents) {

		_connection = connection;
		_surveyId = surveyId;
		_query = query;
		_questions = questions;
		_minimumRespondents = minimumRespondents;

		long[] questionIds = questions.stream().mapToLong(ResultsQuestion::getSurveyQuestionId).toArray();

		_sql = new SurveyResultsSql(companyId, surveyId, query, null, questionIds, new long[0]);

		for (ResultsQuestion question : questions) {
			_questionsById.put(question.getSurveyQuestionId(), question);
		}
	}

	/**
	 * @return nanoseconds of: distributions statement, group counts
	 *         statement, suppression (assembling the page)
	 */
	long[] run() throws SQLException {
		long start = System.nanoTime();

		Map<Long, Map<ResultsGroupKey, QuestionDistribution>> distributions = new HashMap<>();

		_rows(
			_sql.distributions(),
			row -> {
				long surveyQuestionId = ((Number)row[0]).longValue();

				distributions.computeIfAbsent(
					surveyQuestionId, id -> new HashMap<>()
				).computeIfAbsent(
					_key(row, 2), key -> new QuestionDistribution(_questionsById.get(surveyQuestionId))
				).addCount(
					((Number)row[1]).intValue(), ((Number)row[6]).longValue()
				);
			});

		long distributionsNanos = System.nanoTime() - start;

		start = System.nanoTime();

		Map<ResultsGroupKey, long[]> groupCounts = new HashMap<>();

		_rows(
			_sql.groupCounts(),
			row -> {
				long[] counts = groupCounts.computeIfAbsent(_key(row, 1), key -> new long[2]);

				counts[(((Number)row[0]).intValue() == SurveyResultsSql.KIND_RESPONDENTS) ? 0 : 1] +=
					((Number)row[5]).longValue();
			});

		long groupCountsNanos = System.nanoTime() - start;

		start = System.nanoTime();

		new SurveyResultsAssembler(
			new CellSuppression(_minimumRespondents)
		).assemble(
			_surveyId, _query, _questions, groupCounts, distributions
		);

		long suppressionNanos = System.nanoTime() - start;

		return new long[] {distributionsNanos, groupCountsNanos, suppressionNanos};
	}

	/**
	 * Prints the database's plan of both statements, as run (-Dbenchmark.explain).
	 */
	void explain() throws SQLException {
		for (SurveyResultsSql.Statement statement : new SurveyResultsSql.Statement[] {
				_sql.distributions(), _sql.groupCounts()
			}) {

			SurveyResultsSql.Statement explained = statement;

			System.out.println(statement.getSql());

			try (PreparedStatement preparedStatement = _connection.prepareStatement(
					"EXPLAIN (ANALYZE, BUFFERS) " + explained.getSql())) {

				List<Object> parameters = explained.getParameters();

				for (int i = 0; i < parameters.size(); i++) {
					preparedStatement.setObject(i + 1, parameters.get(i));
				}

				try (ResultSet resultSet = preparedStatement.executeQuery()) {
					while (resultSet.next()) {
						System.out.println(resultSet.getString(1));
					}
				}
			}
		}
	}

	private static ResultsGroupKey _key(Object[] row, int start) {
		return new ResultsGroupKey(
			((Number)row[start]).longValue(), ((Number)row[start + 1]).longValue(),
			((Number)row[start + 2]).longValue(), ((Number)row[start + 3]).intValue());
	}

	private void _rows(SurveyResultsSql.Statement statement, java.util.function.Consumer<Object[]> consumer)
		throws SQLException {

		try (PreparedStatement preparedStatement = _connection.prepareStatement(statement.getSql())) {
			List<Object> parameters = statement.getParameters();

			for (int i = 0; i < parameters.size(); i++) {
				preparedStatement.setObject(i + 1, parameters.get(i));
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				int columns = resultSet.getMetaData().getColumnCount();

				while (resultSet.next()) {
					Object[] row = new Object[columns];

					for (int i = 0; i < columns; i++) {
						row[i] = resultSet.getObject(i + 1);
					}

					consumer.accept(row);
				}
			}
		}
	}

	private final Connection _connection;
	private final int _minimumRespondents;
	private final SurveyResultsQuery _query;
	private final List<ResultsQuestion> _questions;
	private final Map<Long, ResultsQuestion> _questionsById = new HashMap<>();
	private final SurveyResultsSql _sql;
	private final long _surveyId;

}
