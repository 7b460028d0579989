package se.livsviktig.training.constants;

/**
 * Actions on the training app's root resource ({@link TrainingConstants#RESOURCE_NAME}), granted to roles
 * through the portal's permission UI. Code asks for these, never for a role.
 *
 * @author Livsviktig
 */
public class TrainingActionKeys {

	public static final String ADD_COURSE = "ADD_COURSE";

	public static final String ADD_TRAINING_METHOD = "ADD_TRAINING_METHOD";

	public static final String APPROVE_REGISTRATION = "APPROVE_REGISTRATION";

	public static final String MANAGE_SESSIONS = "MANAGE_SESSIONS";

	public static final String REGISTER_OTHERS = "REGISTER_OTHERS";

}
