package se.livsviktig.survey.constants;

/**
 * Actions on the survey app's root resource ({@link SurveyConstants#RESOURCE_NAME}), granted to roles through the
 * portal's permission UI. Code asks for these, never for a role.
 *
 * @author Livsviktig
 */
public class SurveyActionKeys {

	/**
	 * Coordinators: write surveys and their questions, and send them (dispatches).
	 */
	public static final String MANAGE_SURVEYS = "MANAGE_SURVEYS";

	/**
	 * Read the answers written as free text, only in groups above the minimum number of respondents.
	 */
	public static final String VIEW_FREE_TEXT = "VIEW_FREE_TEXT";

	/**
	 * Read the aggregated results (suppressed below the minimum number of respondents).
	 */
	public static final String VIEW_SURVEY_RESULTS = "VIEW_SURVEY_RESULTS";

}
