package se.livsviktig.survey.internal.notifications;

/**
 * The type of the survey app's bell entries.
 *
 * @author Livsviktig
 */
public final class SurveyNotificationTypes {

	/**
	 * The portlet id of "Mina enkäter" (the web bundle's SurveyPortletKeys.MY_SURVEYS, kept there as the web
	 * bundle's own): the portal files a bell entry under a portlet id, and the handler registered under it words the
	 * entry. The same string, since the service bundle does not depend on the web bundle.
	 */
	public static final String PORTLET_ID =
		"se_livsviktig_survey_web_internal_portlet_MySurveysPortlet";

	private SurveyNotificationTypes() {
	}

}
