package se.livsviktig.survey.service.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.internal.question.QuestionOptions;
import se.livsviktig.survey.model.SurveyQuestion;

/**
 * What each question type counts: Likert 1–5 and yes/no (yes first) with a
 * mean, single choice per option, multiple choice per option with rows that
 * do not add up, free text only its respondents.
 */
public class ResultsQuestions {

	public static ResultsQuestion of(SurveyQuestion surveyQuestion) {
		long surveyQuestionId = surveyQuestion.getSurveyQuestionId();
		int questionType = surveyQuestion.getQuestionType();

		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			return new ResultsQuestion(
				surveyQuestionId, questionType, new int[] {1, 2, 3, 4, 5},
				true, true);
		}

		if (questionType == SurveyQuestionConstants.TYPE_YES_NO) {
			return new ResultsQuestion(
				surveyQuestionId, questionType, new int[] {1, 0}, true, true);
		}

		if (questionType == SurveyQuestionConstants.TYPE_FREE_TEXT) {
			return new ResultsQuestion(
				surveyQuestionId, questionType, new int[0], false, false);
		}

		int[] values = new int[_optionCount(surveyQuestion.getOptionsMap())];

		for (int i = 0; i < values.length; i++) {
			values[i] = i;
		}

		return new ResultsQuestion(
			surveyQuestionId, questionType, values,
			questionType != SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
			false);
	}

	public static List<ResultsQuestion> of(
		List<SurveyQuestion> surveyQuestions) {

		List<ResultsQuestion> resultsQuestions = new ArrayList<>();

		for (SurveyQuestion surveyQuestion : surveyQuestions) {
			resultsQuestions.add(of(surveyQuestion));
		}

		return resultsQuestions;
	}

	/**
	 * The options are one per line in every language; the longest list
	 * counts, so an answer's index always has its value.
	 */
	private static int _optionCount(Map<?, String> optionsMap) {
		int count = 0;

		for (String options : optionsMap.values()) {
			count = Math.max(count, QuestionOptions.lines(options).size());
		}

		return count;
	}

}
