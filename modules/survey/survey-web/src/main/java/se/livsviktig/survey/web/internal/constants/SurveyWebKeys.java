package se.livsviktig.survey.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class SurveyWebKeys {

	public static final String ANSWER_FORM_DISPLAY_CONTEXT =
		"ANSWER_FORM_DISPLAY_CONTEXT";

	public static final String MY_SURVEYS_DISPLAY_CONTEXT =
		"MY_SURVEYS_DISPLAY_CONTEXT";

	public static final String SURVEY_DISPATCH_FORM_DISPLAY_CONTEXT =
		"SURVEY_DISPATCH_FORM_DISPLAY_CONTEXT";

	public static final String SURVEY_DISPATCHES_DISPLAY_CONTEXT =
		"SURVEY_DISPATCHES_DISPLAY_CONTEXT";

	public static final String SURVEY_FORM_DISPLAY_CONTEXT =
		"SURVEY_FORM_DISPLAY_CONTEXT";

	public static final String SURVEY_QUESTION_FORM_DISPLAY_CONTEXT =
		"SURVEY_QUESTION_FORM_DISPLAY_CONTEXT";

	public static final String SURVEY_QUESTIONS_DISPLAY_CONTEXT =
		"SURVEY_QUESTIONS_DISPLAY_CONTEXT";

	public static final String SURVEYS_DISPLAY_CONTEXT =
		"SURVEYS_DISPLAY_CONTEXT";

	public static final String SURVEY_RESULTS_DISPLAY_CONTEXT =
		"SURVEY_RESULTS_DISPLAY_CONTEXT";

	public static final String CONFIRM_DELETE_DISPLAY_CONTEXT =
		"LIVSVIKTIG_SURVEY_CONFIRM_DELETE_DISPLAY_CONTEXT";

	public static final String TAUGHT_SESSION_SURVEYS = "TAUGHT_SESSION_SURVEYS";

	public static final String TAUGHT_SESSIONS_PAGE = "TAUGHT_SESSIONS_PAGE";

}
