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

}
