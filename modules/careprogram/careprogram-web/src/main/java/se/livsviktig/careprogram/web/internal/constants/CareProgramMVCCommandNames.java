package se.livsviktig.careprogram.web.internal.constants;

/**
 * The routes of the care programme pages: render commands show a view, action commands change something.
 *
 * @author Livsviktig
 */
public class CareProgramMVCCommandNames {

	public static final String ADD_NATIONAL_CARE_PROGRAMS =
		"/careprogram/admin/add_national_care_programs";

	public static final String CONFIRM_REVIEW = "/careprogram/confirm_review";

	public static final String EDIT_CARE_PROGRAM =
		"/careprogram/admin/edit_care_program";

	public static final String EDIT_LOCAL_ROUTINE =
		"/careprogram/admin/edit_local_routine";

	public static final String VIEW_ADMIN_CARE_PROGRAMS =
		"/careprogram/admin/view_care_programs";

	public static final String VIEW_CARE_PROGRAM =
		"/careprogram/view_care_program";

	public static final String VIEW_CARE_PROGRAMS =
		"/careprogram/view_care_programs";

	public static final String VIEW_HEALTH = "/careprogram/admin/view_health";

	public static final String VIEW_LOCAL_ROUTINES =
		"/careprogram/admin/view_local_routines";

	public static final String VIEW_MY_REVIEWS = "/careprogram/view_my_reviews";

	public static final String VIEW_REVIEW_LOG =
		"/careprogram/admin/view_review_log";

	public static final String ADD_TARGET_GROUP_VOCABULARY =
		"/careprogram/admin/add_target_group_vocabulary";

	public static final String CONFIRM_DELETE_CARE_PROGRAM =
		"/careprogram/admin/confirm_delete_care_program";

	public static final String CONFIRM_DELETE_LOCAL_ROUTINE =
		"/careprogram/admin/confirm_delete_local_routine";

	public static final String DELETE_CARE_PROGRAM =
		"/careprogram/admin/delete_care_program";

	public static final String DELETE_LOCAL_ROUTINE =
		"/careprogram/admin/delete_local_routine";

	public static final String CHOOSE_PERSON =
		"/careprogram/admin/choose_person";

	public static final String PICK_PERSON = "/careprogram/admin/pick_person";

}
