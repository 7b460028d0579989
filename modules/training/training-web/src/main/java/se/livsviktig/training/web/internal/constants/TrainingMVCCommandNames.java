package se.livsviktig.training.web.internal.constants;

/**
 * @author Livsviktig
 */
public class TrainingMVCCommandNames {

	public static final String APPROVE_REGISTRATION =
		"/training/approve_registration";

	public static final String DECLINE_REGISTRATION =
		"/training/decline_registration";

	public static final String EDIT_TRAINING_METHOD =
		"/training/edit_training_method";

	public static final String VIEW_APPROVALS = "/training/view_approvals";

	public static final String VIEW_COURSE_CATALOG =
		"/training/view_course_catalog";

}
