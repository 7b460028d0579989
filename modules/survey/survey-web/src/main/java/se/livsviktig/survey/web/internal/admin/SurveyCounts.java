package se.livsviktig.survey.web.internal.admin;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.model.SurveyQuestionTable;
import se.livsviktig.survey.model.SurveyResponseTable;

/**
 * How many questions and responses each listed survey has: one grouped statement per figure, whatever the number
 * of surveys listed, never one per survey.
 *
 * @author Livsviktig
 */
public class SurveyCounts {

	/**
	 * @return the statement counting the questions of each of the surveys, as (surveyId, count) rows
	 */
	public static DSLQuery questionCountQuery(Long[] surveyIds) {
		return DSLQueryFactoryUtil.select(
			SurveyQuestionTable.INSTANCE.surveyId,
			DSLFunctionFactoryUtil.count(
				SurveyQuestionTable.INSTANCE.surveyQuestionId
			).as(
				"questionCount"
			)
		).from(
			SurveyQuestionTable.INSTANCE
		).where(
			SurveyQuestionTable.INSTANCE.surveyId.in(surveyIds)
		).groupBy(
			SurveyQuestionTable.INSTANCE.surveyId
		);
	}

	/**
	 * @return the statement counting the responses of each of the surveys, as (surveyId, count) rows
	 */
	public static DSLQuery responseCountQuery(Long[] surveyIds) {
		return DSLQueryFactoryUtil.select(
			SurveyResponseTable.INSTANCE.surveyId,
			DSLFunctionFactoryUtil.count(
				SurveyResponseTable.INSTANCE.surveyResponseId
			).as(
				"responseCount"
			)
		).from(
			SurveyResponseTable.INSTANCE
		).where(
			SurveyResponseTable.INSTANCE.surveyId.in(surveyIds)
		).groupBy(
			SurveyResponseTable.INSTANCE.surveyId
		);
	}

	/**
	 * @param rows (surveyId, count) rows of one of the statements
	 */
	public SurveyCounts(List<Object[]> questionRows, List<Object[]> responseRows) {
		_questionCounts = _toMap(questionRows);
		_responseCounts = _toMap(responseRows);
	}

	public long getQuestionCount(long surveyId) {
		return _questionCounts.getOrDefault(surveyId, 0L);
	}

	public long getResponseCount(long surveyId) {
		return _responseCounts.getOrDefault(surveyId, 0L);
	}

	private static Map<Long, Long> _toMap(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();

		for (Object[] row : rows) {
			counts.put(
				((Number)row[0]).longValue(), ((Number)row[1]).longValue());
		}

		return counts;
	}

	private final Map<Long, Long> _questionCounts;
	private final Map<Long, Long> _responseCounts;

}
