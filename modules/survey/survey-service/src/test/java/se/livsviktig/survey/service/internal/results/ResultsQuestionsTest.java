package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyQuestion;

public class ResultsQuestionsTest {

	@Test
	public void choicesCountTheLongestListOfOptions() {
		Map<Locale, String> optionsMap = new HashMap<>();

		optionsMap.put(new Locale("sv", "SE"), "Ja\nNej\nVet inte\n");
		optionsMap.put(Locale.US, "Yes\nNo");

		ResultsQuestion resultsQuestion = ResultsQuestions.of(
			_question(
				SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, optionsMap));

		assertArrayEquals(new int[] {0, 1, 2}, resultsQuestion.getValues());
		assertFalse(resultsQuestion.isRowsAdditive(), "several per person");
		assertFalse(resultsQuestion.hasMean());
		assertTrue(
			ResultsQuestions.of(
				_question(SurveyQuestionConstants.TYPE_SINGLE_CHOICE, optionsMap)
			).isRowsAdditive());
	}

	@Test
	public void freeTextHasOnlyRespondents() {
		ResultsQuestion resultsQuestion = ResultsQuestions.of(
			_question(SurveyQuestionConstants.TYPE_FREE_TEXT, new HashMap<>()));

		assertTrue(resultsQuestion.isFreeText());
		assertFalse(resultsQuestion.isRowsAdditive());
	}

	@Test
	public void likertAndYesNoHaveAMean() {
		ResultsQuestion likert = ResultsQuestions.of(
			_question(SurveyQuestionConstants.TYPE_LIKERT, new HashMap<>()));

		assertArrayEquals(new int[] {1, 2, 3, 4, 5}, likert.getValues());
		assertTrue(likert.hasMean());

		ResultsQuestion yesNo = ResultsQuestions.of(
			_question(SurveyQuestionConstants.TYPE_YES_NO, new HashMap<>()));

		assertArrayEquals(new int[] {1, 0}, yesNo.getValues(), "yes first");
		assertTrue(yesNo.hasMean());
	}

	private static SurveyQuestion _question(
		int questionType, Map<Locale, String> optionsMap) {

		SurveyQuestion surveyQuestion = mock(SurveyQuestion.class);

		when(surveyQuestion.getSurveyQuestionId()).thenReturn(5L);
		when(surveyQuestion.getQuestionType()).thenReturn(questionType);
		when(surveyQuestion.getOptionsMap()).thenReturn(optionsMap);

		return surveyQuestion;
	}

}
