package se.livsviktig.survey.web.internal.display.context;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * Questions as the survey services hand them out, for the tests of the pages that show them.
 *
 * @author Livsviktig
 */
public class SurveyQuestions {

	public static SurveyQuestion question(
		long surveyQuestionId, int questionType, String text, boolean required) {

		return question(
			surveyQuestionId, questionType, text, "", "", "", required);
	}

	public static SurveyQuestion question(
		long surveyQuestionId, int questionType, String text, String lowLabel,
		String highLabel, String options, boolean required) {

		SurveyQuestion surveyQuestion = mock(SurveyQuestion.class);

		when(
			surveyQuestion.getSurveyQuestionId()
		).thenReturn(
			surveyQuestionId
		);
		when(
			surveyQuestion.getQuestionType()
		).thenReturn(
			questionType
		);
		when(
			surveyQuestion.getText(any(Locale.class))
		).thenReturn(
			text
		);
		when(
			surveyQuestion.getLowLabel(any(Locale.class))
		).thenReturn(
			lowLabel
		);
		when(
			surveyQuestion.getHighLabel(any(Locale.class))
		).thenReturn(
			highLabel
		);
		when(
			surveyQuestion.getOptions(any(Locale.class))
		).thenReturn(
			options
		);
		when(
			surveyQuestion.isRequired()
		).thenReturn(
			required
		);

		return surveyQuestion;
	}

	private SurveyQuestions() {
	}

}
