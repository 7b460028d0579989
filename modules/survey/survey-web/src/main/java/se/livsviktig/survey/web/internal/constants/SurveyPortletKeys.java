package se.livsviktig.survey.web.internal.constants;

/**
 * The survey app's portlet ids: each portlet's class name with its dots turned into underscores, as the portal
 * names a portlet that declares none. The e-mails reach the answer widget by the page configured in
 * SurveyCompanyConfiguration, never by these ids, so they stay the web bundle's own.
 *
 * @author Livsviktig
 */
public class SurveyPortletKeys {

	public static final String MY_SURVEYS =
		"se_livsviktig_survey_web_internal_portlet_MySurveysPortlet";

	public static final String SURVEY_ADMIN =
		"se_livsviktig_survey_web_internal_portlet_SurveyAdminPortlet";

	public static final String SURVEY_ANSWER =
		"se_livsviktig_survey_web_internal_portlet_SurveyAnswerPortlet";

	public static final String SURVEY_INSTRUCTOR_RESULTS =
		"se_livsviktig_survey_web_internal_portlet_SurveyInstructorResultsPortlet";

}
