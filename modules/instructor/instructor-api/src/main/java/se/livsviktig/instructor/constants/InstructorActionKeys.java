package se.livsviktig.instructor.constants;

/**
 * Actions on the instructor app's root resource ({@link InstructorConstants#RESOURCE_NAME}), granted to roles
 * through the portal's permission UI. Code asks for these, never for a role.
 *
 * @author Livsviktig
 */
public class InstructorActionKeys {

	/**
	 * Coordinators: add, renew and revoke anyone's certifications, and view them all.
	 */
	public static final String MANAGE_CERTIFICATIONS = "MANAGE_CERTIFICATIONS";

	/**
	 * Coordinators: start instructor networks on a site. Running a network afterwards (members, meetings,
	 * attendance) is the network's own coordinators' right, by the network's permission logic.
	 */
	public static final String ADD_NETWORK = "ADD_NETWORK";

}
