package se.livsviktig.survey.service.internal.results;

import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link SurveyResultsSql}'s statements in the portal's Hibernate
 * session (which hands them through the database's SQL transformer) and
 * reads their rows into the raw counts {@link SurveyResultsAssembler} takes.
 */
public class SurveyResultsStatements {

	public SurveyResultsStatements(Session session) {
		_session = session;
	}

	/**
	 * @return per question id and group, the counts and respondents
	 */
	public Map<Long, Map<ResultsGroupKey, QuestionDistribution>> distributions(
		SurveyResultsSql sql, Map<Long, ResultsQuestion> questions) {

		Map<Long, Map<ResultsGroupKey, QuestionDistribution>> distributions =
			new HashMap<>();

		SurveyResultsSql.Statement statement = sql.distributions();

		if (statement == null) {
			return distributions;
		}

		for (Object[] row : _list(statement)) {
			long surveyQuestionId = _long(row[0]);

			ResultsQuestion question = questions.get(surveyQuestionId);

			QuestionDistribution distribution = distributions.computeIfAbsent(
				surveyQuestionId, id -> new HashMap<>()
			).computeIfAbsent(
				_key(row, 2), key -> new QuestionDistribution(question)
			);

			int value = (int)_long(row[1]);
			long count = _long(row[6]);

			if (value == -1) {
				distribution.setRespondents(count);
			}
			else {
				distribution.addCount(value, count);
			}
		}

		return distributions;
	}

	/**
	 * One free-text question's answers with their group.
	 */
	public List<Map.Entry<ResultsGroupKey, String>> freeTextAnswers(
		SurveyResultsSql sql, long surveyQuestionId) {

		List<Map.Entry<ResultsGroupKey, String>> answers = new ArrayList<>();

		for (Object[] row : _list(sql.freeTextAnswers(surveyQuestionId))) {
			String text = (String)row[4];

			if ((text != null) && !text.isEmpty()) {
				answers.add(Map.entry(_key(row, 0), text));
			}
		}

		return answers;
	}

	/**
	 * @return per group, its respondents and invited
	 */
	public Map<ResultsGroupKey, long[]> groupCounts(SurveyResultsSql sql) {
		Map<ResultsGroupKey, long[]> groupCounts = new HashMap<>();

		for (Object[] row : _list(sql.groupCounts())) {
			long count = _long(row[5]);

			if (count == 0) {
				continue;
			}

			long[] counts = groupCounts.computeIfAbsent(
				_key(row, 1), key -> new long[2]);

			if (_long(row[0]) == SurveyResultsSql.KIND_RESPONDENTS) {
				counts[0] += count;
			}
			else {
				counts[1] += count;
			}
		}

		return groupCounts;
	}

	private static ResultsGroupKey _key(Object[] row, int start) {
		return new ResultsGroupKey(
			_long(row[start]), _long(row[start + 1]), _long(row[start + 2]),
			(int)_long(row[start + 3]));
	}

	private static long _long(Object value) {
		return ((Number)value).longValue();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> _list(SurveyResultsSql.Statement statement) {
		SQLQuery sqlQuery = _session.createSynchronizedSQLQuery(
			statement.getSql());

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		for (Object parameter : statement.getParameters()) {
			if (parameter instanceof Long) {
				queryPos.add((long)parameter);
			}
			else if (parameter instanceof Integer) {
				queryPos.add((int)parameter);
			}
			else if (parameter instanceof Timestamp) {
				queryPos.add((Timestamp)parameter);
			}
			else {
				throw new IllegalArgumentException(
					"Unexpected parameter " + parameter);
			}
		}

		return (List<Object[]>)sqlQuery.list();
	}

	private final Session _session;

}
