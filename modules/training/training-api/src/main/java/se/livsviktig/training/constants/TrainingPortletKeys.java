package se.livsviktig.training.constants;

/**
 * Portlet IDs of the training app: the portlet class name with dots turned into underscores.
 *
 * @author Livsviktig
 */
public class TrainingPortletKeys {

	/**
	 * Attestera anmälningar: pending requests for those who may approve them.
	 */
	public static final String APPROVALS =
		"se_livsviktig_training_web_internal_portlet_ApprovalsPortlet";

	/**
	 * Kurskatalog: upcoming sessions, a session's page and the actions on it.
	 */
	public static final String COURSE_CATALOG =
		"se_livsviktig_training_web_internal_portlet_CourseCatalogPortlet";

	/**
	 * Mina utbildningar: the user's own registrations, calendar files, certificates and interests.
	 */
	public static final String MY_TRAINING =
		"se_livsviktig_training_web_internal_portlet_MyTrainingPortlet";

}
