package se.livsviktig.survey.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.portlet.SurveyAnswerPortlet;

/**
 * What the survey views' tests share: the web bundle under test and its harness, the two languages every view is
 * checked in, and the MHFA follow-up survey with one question of each type, in Swedish and English.
 *
 * @author Livsviktig
 */
final class SurveyViews {

	public static final Locale ENGLISH = new Locale("en", "US");

	public static final long SURVEY_ID = 4001;

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static ViewHarness harness() {
		return ViewHarness.of(webBundle());
	}

	public static Stream<Locale> locales() {
		return Stream.of(SWEDISH, ENGLISH);
	}

	public static SurveyQuestion question(
		long surveyQuestionId, int position, int questionType, String swedish,
		String english, String lowLabel, String highLabel, String options,
		boolean required) {

		SurveyQuestion surveyQuestion = mock(SurveyQuestion.class);

		when(
			surveyQuestion.getSurveyQuestionId()
		).thenReturn(
			surveyQuestionId
		);
		when(
			surveyQuestion.getSurveyId()
		).thenReturn(
			SURVEY_ID
		);
		when(
			surveyQuestion.getPosition()
		).thenReturn(
			position
		);
		when(
			surveyQuestion.getQuestionType()
		).thenReturn(
			questionType
		);
		when(
			surveyQuestion.getText(SWEDISH)
		).thenReturn(
			swedish
		);
		when(
			surveyQuestion.getText(ENGLISH)
		).thenReturn(
			english
		);
		when(
			surveyQuestion.getText(any(Locale.class), anyBoolean())
		).thenAnswer(
			invocation -> SWEDISH.equals(invocation.getArgument(0)) ? swedish :
				english
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

	/**
	 * @return one question of each type: a Likert scale, yes/no, single choice, multiple choice and free text
	 */
	public static List<SurveyQuestion> questions() {
		return List.of(
			question(
				101, 0, SurveyQuestionConstants.TYPE_LIKERT,
				"Utbildningen har varit användbar i mitt arbete",
				"The training has been useful in my work",
				"Instämmer inte alls", "Instämmer helt", "", true),
			question(
				102, 1, SurveyQuestionConstants.TYPE_YES_NO,
				"Har du använt det du lärde dig?",
				"Have you used what you learnt?", "", "", "", true),
			question(
				103, 2, SurveyQuestionConstants.TYPE_SINGLE_CHOICE,
				"Hur ofta har du använt det?", "How often have you used it?",
				"", "", "En gång\nNågra gånger\nOfta", false),
			question(
				104, 3, SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
				"Var har du använt det?", "Where have you used it?", "", "",
				"Hemma\nPå jobbet\nI föreningen", false),
			question(
				105, 4, SurveyQuestionConstants.TYPE_FREE_TEXT,
				"Något du vill tillägga?", "Anything you want to add?", "", "",
				"", false));
	}

	public static Survey survey(
		long surveyId, String swedishTitle, String englishTitle, int kind,
		boolean anonymous, int status) {

		Survey survey = mock(Survey.class);

		when(
			survey.getSurveyId()
		).thenReturn(
			surveyId
		);
		when(
			survey.getTitle(SWEDISH)
		).thenReturn(
			swedishTitle
		);
		when(
			survey.getTitle(ENGLISH)
		).thenReturn(
			englishTitle
		);
		when(
			survey.getTitle(any(Locale.class), anyBoolean())
		).thenAnswer(
			invocation -> SWEDISH.equals(invocation.getArgument(0)) ?
				swedishTitle : englishTitle
		);
		when(
			survey.getDescription(any(Locale.class))
		).thenReturn(
			""
		);
		when(
			survey.getDescription(any(Locale.class), anyBoolean())
		).thenReturn(
			""
		);
		when(
			survey.getKind()
		).thenReturn(
			kind
		);
		when(
			survey.isAnonymous()
		).thenReturn(
			anonymous
		);
		when(
			survey.getStatus()
		).thenReturn(
			status
		);

		return survey;
	}

	public static Survey followUpSurvey() {
		return survey(
			SURVEY_ID, "Uppföljning MHFA", "MHFA follow-up",
			SurveyConstants.KIND_FOLLOW_UP, true, SurveyConstants.STATUS_ACTIVE);
	}

	public static WebBundle webBundle() {
		return WebBundle.of(
			SurveyAnswerPortlet.class, SurveyPortletKeys.SURVEY_ANSWER);
	}

	private SurveyViews() {
	}

}
