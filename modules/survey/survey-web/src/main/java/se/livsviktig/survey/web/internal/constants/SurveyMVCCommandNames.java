package se.livsviktig.survey.web.internal.constants;

/**
 * The routes of the survey pages: render commands show a view, action commands change something.
 *
 * @author Livsviktig
 */
public class SurveyMVCCommandNames {

	public static final String ADD_RESPONSE = "/survey/answer/add_response";

	public static final String COPY_SURVEY = "/survey/admin/copy_survey";

	public static final String DELETE_SURVEY_QUESTION =
		"/survey/admin/delete_survey_question";

	public static final String EDIT_SURVEY = "/survey/admin/edit_survey";

	public static final String EDIT_SURVEY_DISPATCH =
		"/survey/admin/edit_survey_dispatch";

	public static final String EDIT_SURVEY_QUESTION =
		"/survey/admin/edit_survey_question";

	public static final String MOVE_SURVEY_QUESTION =
		"/survey/admin/move_survey_question";

	public static final String OPT_OUT = "/survey/answer/opt_out";

	public static final String VIEW_ANSWER_FORM = "/survey/answer/view_form";

	public static final String VIEW_MY_SURVEYS = "/survey/view_my_surveys";

	public static final String VIEW_SURVEY_DISPATCHES =
		"/survey/admin/view_survey_dispatches";

	public static final String VIEW_SURVEY_QUESTIONS =
		"/survey/admin/view_survey_questions";

	public static final String VIEW_SURVEYS = "/survey/admin/view_surveys";

	public static final String VIEW_SURVEY_RESULTS =
		"/survey/admin/view_survey_results";

	public static final String EXPORT_SURVEY_RESULTS =
		"/survey/admin/export_survey_results";

	public static final String CONFIRM_DELETE = "/survey/admin/confirm_delete";

	public static final String DELETE_SURVEY = "/survey/admin/delete_survey";

	public static final String DELETE_SURVEY_DISPATCH =
		"/survey/admin/delete_survey_dispatch";

	public static final String VIEW_TAUGHT_SESSION_RESULTS =
		"/survey/instructor/view_taught_session_results";

	public static final String VIEW_TAUGHT_SESSIONS =
		"/survey/instructor/view_taught_sessions";

}
