package se.livsviktig.careprogram.constants;

/**
 * Actions of the care programme app, granted to roles through the portal's permission UI. Code asks for these,
 * never for a role.
 *
 * @author Livsviktig
 */
public class CareProgramActionKeys {

	/**
	 * On the root resource ({@link CareProgramConstants#RESOURCE_NAME}), for editors of a site: add programmes and
	 * routines, seed the national programmes, see every programme's and routine's reviews.
	 */
	public static final String MANAGE_CARE_PROGRAMS = "MANAGE_CARE_PROGRAMS";

	/**
	 * On a programme or a routine: confirm that its text is still correct. A routine's or programme's owner may do
	 * it without the grant (the permission logic).
	 */
	public static final String CONFIRM_REVIEW = "CONFIRM_REVIEW";

}
