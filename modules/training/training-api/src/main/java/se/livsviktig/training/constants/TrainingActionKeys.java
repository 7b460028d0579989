package se.livsviktig.training.constants;

/**
 * Actions on the training app's root resource ({@link TrainingConstants#RESOURCE_NAME}), granted to roles
 * through the portal's permission UI. Code asks for these, never for a role.
 *
 * @author Livsviktig
 */
public class TrainingActionKeys {

	public static final String ADD_COURSE = "ADD_COURSE";

	/**
	 * On a course: add sessions of it.
	 */
	public static final String ADD_SESSION = "ADD_SESSION";

	public static final String ADD_TRAINING_METHOD = "ADD_TRAINING_METHOD";

	public static final String APPROVE_REGISTRATION = "APPROVE_REGISTRATION";

	/**
	 * On a course session: add, move and cancel participants, message them, export the list.
	 */
	public static final String MANAGE_PARTICIPANTS = "MANAGE_PARTICIPANTS";

	public static final String MANAGE_SESSIONS = "MANAGE_SESSIONS";

	/**
	 * On a course session: mark attendance per session date.
	 */
	public static final String MARK_ATTENDANCE = "MARK_ATTENDANCE";

	public static final String REGISTER_OTHERS = "REGISTER_OTHERS";

	/**
	 * On a course session: see who is registered, with their dietary needs.
	 */
	public static final String VIEW_PARTICIPANTS = "VIEW_PARTICIPANTS";

}
