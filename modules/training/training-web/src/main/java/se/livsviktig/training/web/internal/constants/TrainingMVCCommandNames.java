package se.livsviktig.training.web.internal.constants;

/**
 * @author Livsviktig
 */
public class TrainingMVCCommandNames {

	public static final String ACCEPT_OFFER = "/training/accept_offer";

	public static final String ADD_COURSE_INTEREST =
		"/training/add_course_interest";

	public static final String ADD_SESSION_PARTICIPANT =
		"/training/admin/add_session_participant";

	public static final String ADMIN_ARCHIVE_TRAINING_METHOD =
		"/training/admin/archive_training_method";

	public static final String ADMIN_RESTORE_TRAINING_METHOD =
		"/training/admin/restore_training_method";

	public static final String ADMIN_ARCHIVE_COURSE =
		"/training/admin/archive_course";

	public static final String ADMIN_ARCHIVE_COURSE_SESSION =
		"/training/admin/archive_course_session";

	public static final String ADMIN_CANCEL_COURSE_SESSION =
		"/training/admin/cancel_course_session";

	public static final String ADMIN_DELETE_COURSE =
		"/training/admin/delete_course";

	public static final String ADMIN_DELETE_COURSE_SESSION =
		"/training/admin/delete_course_session";

	public static final String ADMIN_EDIT_COURSE =
		"/training/admin/edit_course";

	public static final String ADMIN_EDIT_COURSE_SESSION =
		"/training/admin/edit_course_session";

	public static final String ADMIN_PUBLISH_COURSE_SESSION =
		"/training/admin/publish_course_session";

	public static final String ADMIN_RESTORE_COURSE =
		"/training/admin/restore_course";

	public static final String ADMIN_VIEW_COURSE_INTERESTS =
		"/training/admin/view_course_interests";

	public static final String ADMIN_VIEW_COURSES =
		"/training/admin/view_courses";

	public static final String ADMIN_VIEW_COURSE_SESSIONS =
		"/training/admin/view_course_sessions";

	public static final String ADMIN_VIEW_TRAINING_METHODS =
		"/training/admin/view_training_methods";

	public static final String APPROVE_REGISTRATION =
		"/training/approve_registration";

	public static final String APPROVE_SESSION_PARTICIPANT =
		"/training/admin/approve_session_participant";

	public static final String CANCEL_SESSION_PARTICIPANT =
		"/training/admin/cancel_session_participant";

	public static final String CANCEL_REGISTRATION =
		"/training/cancel_registration";

	public static final String CHECK_IN = "/training/check_in";

	public static final String DECLINE_OFFER = "/training/decline_offer";

	public static final String DECLINE_REGISTRATION =
		"/training/decline_registration";

	public static final String DECLINE_SESSION_PARTICIPANT =
		"/training/admin/decline_session_participant";

	public static final String DELETE_COURSE_INTEREST =
		"/training/delete_course_interest";

	public static final String DOWNLOAD_CERTIFICATE =
		"/training/download_certificate";

	public static final String DOWNLOAD_REGISTRATION_CALENDAR =
		"/training/download_registration_calendar";

	public static final String EDIT_TRAINING_METHOD =
		"/training/edit_training_method";

	public static final String EXPORT_SESSION_PARTICIPANTS_CSV =
		"/training/admin/export_session_participants_csv";

	public static final String EXPORT_UNIT_TRAINING_CSV =
		"/training/export_unit_training_csv";

	public static final String EXPORT_UNIT_TRAINING_XLSX =
		"/training/export_unit_training_xlsx";

	public static final String EXPORT_SESSION_PARTICIPANTS_XLSX =
		"/training/admin/export_session_participants_xlsx";

	public static final String IMPORT_SESSION_PARTICIPANTS =
		"/training/admin/import_session_participants";

	public static final String INVITE_SESSION_INSTRUCTOR =
		"/training/admin/invite_session_instructor";

	public static final String MARK_ATTENDANCES = "/training/mark_attendances";

	public static final String MESSAGE_SESSION_PARTICIPANTS =
		"/training/admin/message_session_participants";

	public static final String MOVE_SESSION_PARTICIPANT =
		"/training/admin/move_session_participant";

	public static final String MOVE_WAITLIST_POSITION =
		"/training/admin/move_waitlist_position";

	public static final String REGISTER = "/training/register";

	public static final String REGISTER_COLLEAGUE =
		"/training/register_colleague";

	public static final String RESPOND_TO_INVITATION =
		"/training/respond_to_invitation";

	public static final String VIEW_APPROVALS = "/training/view_approvals";

	public static final String VIEW_COURSE_CATALOG =
		"/training/view_course_catalog";

	public static final String VIEW_COURSE_SESSION =
		"/training/view_course_session";

	public static final String VIEW_MY_SESSIONS = "/training/view_my_sessions";

	public static final String VIEW_MY_TRAINING = "/training/view_my_training";

	public static final String VIEW_SESSION_PARTICIPANTS =
		"/training/admin/view_session_participants";

	public static final String VIEW_UNIT_TRAINING =
		"/training/view_unit_training";

	public static final String VIEW_TRAINING_METHODS =
		"/training/view_training_methods";

	public static final String VERIFY_CERTIFICATE =
		"/training/verify_certificate";

	public static final String WITHDRAW_SESSION_INSTRUCTOR =
		"/training/admin/withdraw_session_instructor";

}
