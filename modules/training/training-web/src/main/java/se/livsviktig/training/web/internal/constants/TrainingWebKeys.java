package se.livsviktig.training.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class TrainingWebKeys {

	public static final String APPROVALS_DISPLAY_CONTEXT =
		"APPROVALS_DISPLAY_CONTEXT";

	public static final String COURSE_CATALOG_DISPLAY_CONTEXT =
		"COURSE_CATALOG_DISPLAY_CONTEXT";

	public static final String EDIT_TRAINING_METHOD_DISPLAY_CONTEXT =
		"EDIT_TRAINING_METHOD_DISPLAY_CONTEXT";

}
