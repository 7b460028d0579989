package se.livsviktig.training.constants;

/**
 * Portlet IDs of the training app: the portlet class name with dots turned into underscores.
 *
 * @author Livsviktig
 */
public class TrainingPortletKeys {

	/**
	 * Godkänn anmälningar: pending requests for those who may approve them.
	 */
	public static final String APPROVALS =
		"se_livsviktig_training_web_internal_portlet_ApprovalsPortlet";

	/**
	 * Livsviktig – Utbildning: the coordinators' Site Administration app (methods, courses, sessions,
	 * participants, staffing).
	 */
	public static final String TRAINING_ADMIN =
		"se_livsviktig_training_web_internal_portlet_TrainingAdminPortlet";

	/**
	 * Kurskatalog: upcoming sessions, a session's page and the actions on it.
	 */
	public static final String COURSE_CATALOG =
		"se_livsviktig_training_web_internal_portlet_CourseCatalogPortlet";

	/**
	 * Mina kurstillfällen: the sessions an instructor teaches or is invited to, participants and attendance.
	 */
	public static final String MY_SESSIONS =
		"se_livsviktig_training_web_internal_portlet_MySessionsPortlet";

	/**
	 * Mina utbildningar: the user's own registrations, calendar files, certificates and interests.
	 */
	public static final String MY_TRAINING =
		"se_livsviktig_training_web_internal_portlet_MyTrainingPortlet";

}
