package se.livsviktig.instructor.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class InstructorWebKeys {

	public static final String CERTIFICATION_FORM_DISPLAY_CONTEXT =
		"CERTIFICATION_FORM_DISPLAY_CONTEXT";

	public static final String CERTIFICATIONS_DISPLAY_CONTEXT =
		"CERTIFICATIONS_DISPLAY_CONTEXT";

	public static final String HOLDER_CERTIFICATIONS_DISPLAY_CONTEXT =
		"HOLDER_CERTIFICATIONS_DISPLAY_CONTEXT";

	public static final String MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT =
		"MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT";

	public static final String REVOKE_CERTIFICATION_DISPLAY_CONTEXT =
		"REVOKE_CERTIFICATION_DISPLAY_CONTEXT";

	public static final String DELETE_NETWORK_DISPLAY_CONTEXT =
		"DELETE_NETWORK_DISPLAY_CONTEXT";

	public static final String NETWORK_FORM_DISPLAY_CONTEXT =
		"NETWORK_FORM_DISPLAY_CONTEXT";

	public static final String NETWORK_MEMBERS_DISPLAY_CONTEXT =
		"NETWORK_MEMBERS_DISPLAY_CONTEXT";

	public static final String NETWORKS_DISPLAY_CONTEXT =
		"NETWORKS_DISPLAY_CONTEXT";

	public static final String INSTRUCTOR_DIRECTORY_DISPLAY_CONTEXT =
		"INSTRUCTOR_DIRECTORY_DISPLAY_CONTEXT";

}
