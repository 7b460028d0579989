package se.livsviktig.training.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class TrainingWebKeys {

	public static final String ADMIN_COURSE_SESSIONS_DISPLAY_CONTEXT =
		"ADMIN_COURSE_SESSIONS_DISPLAY_CONTEXT";

	public static final String ADMIN_COURSES_DISPLAY_CONTEXT =
		"ADMIN_COURSES_DISPLAY_CONTEXT";

	public static final String ADMIN_TRAINING_METHODS_DISPLAY_CONTEXT =
		"ADMIN_TRAINING_METHODS_DISPLAY_CONTEXT";

	public static final String EDIT_COURSE_DISPLAY_CONTEXT =
		"EDIT_COURSE_DISPLAY_CONTEXT";

	public static final String EDIT_COURSE_SESSION_DISPLAY_CONTEXT =
		"EDIT_COURSE_SESSION_DISPLAY_CONTEXT";

	public static final String APPROVALS_DISPLAY_CONTEXT =
		"APPROVALS_DISPLAY_CONTEXT";

	public static final String COURSE_SESSION_DISPLAY_CONTEXT =
		"COURSE_SESSION_DISPLAY_CONTEXT";

	public static final String EDIT_TRAINING_METHOD_DISPLAY_CONTEXT =
		"EDIT_TRAINING_METHOD_DISPLAY_CONTEXT";

	public static final String MY_SESSIONS_DISPLAY_CONTEXT =
		"MY_SESSIONS_DISPLAY_CONTEXT";

	public static final String MY_TRAINING_DISPLAY_CONTEXT =
		"MY_TRAINING_DISPLAY_CONTEXT";

	public static final String SESSION_CATALOG_DISPLAY_CONTEXT =
		"SESSION_CATALOG_DISPLAY_CONTEXT";

	public static final String TRAINING_METHODS_DISPLAY_CONTEXT =
		"TRAINING_METHODS_DISPLAY_CONTEXT";

	public static final String UNSCHEDULED_COURSES_DISPLAY_CONTEXT =
		"UNSCHEDULED_COURSES_DISPLAY_CONTEXT";

}
