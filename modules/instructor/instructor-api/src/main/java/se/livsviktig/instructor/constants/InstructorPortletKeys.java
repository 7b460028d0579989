package se.livsviktig.instructor.constants;

/**
 * Portlet IDs of the instructor app: the portlet class name with dots turned into underscores.
 *
 * @author Livsviktig
 */
public class InstructorPortletKeys {

	/**
	 * Livsviktig – Instruktörer: the coordinators' Site Administration app (certifications).
	 */
	public static final String INSTRUCTOR_ADMIN =
		"se_livsviktig_instructor_web_internal_portlet_InstructorAdminPortlet";

	/**
	 * Mina instruktörsuppdrag: an instructor's own certifications (and, later, standings and networks).
	 */
	public static final String MY_INSTRUCTOR_ASSIGNMENTS =
		"se_livsviktig_instructor_web_internal_portlet_" +
			"MyInstructorAssignmentsPortlet";

	/**
	 * Instruktörsnätverk: a site's instructor networks, their members and meetings, for members and coordinators.
	 */
	public static final String INSTRUCTOR_NETWORK = "se_livsviktig_instructor_web_internal_portlet_InstructorNetworkPortlet";

	/**
	 * Instruktörsförteckning: who may teach which method today, and their organisations, for managers planning
	 * a course.
	 */
	public static final String INSTRUCTOR_DIRECTORY = "se_livsviktig_instructor_web_internal_portlet_InstructorDirectoryPortlet";

}
