package se.livsviktig.instructor.web.internal.constants;

/**
 * The routes of Livsviktig – Instruktörer: render commands show a view, action commands change something.
 *
 * @author Livsviktig
 */
public class InstructorMVCCommandNames {

	public static final String ADD_CERTIFICATION =
		"/instructor/admin/add_certification";

	public static final String RENEW_CERTIFICATION =
		"/instructor/admin/renew_certification";

	public static final String REVOKE_CERTIFICATION =
		"/instructor/admin/revoke_certification";

	public static final String VIEW_CERTIFICATIONS =
		"/instructor/admin/view_certifications";

	public static final String VIEW_HOLDER_CERTIFICATIONS =
		"/instructor/admin/view_holder_certifications";

	public static final String VIEW_NETWORK_MEETINGS = "/instructor/view_network_meetings";

	public static final String EDIT_NETWORK_MEETING = "/instructor/edit_network_meeting";

	public static final String CANCEL_NETWORK_MEETING = "/instructor/cancel_network_meeting";

	public static final String UPDATE_MEETING_NOTES = "/instructor/update_meeting_notes";

	public static final String MARK_MEETING_ATTENDANCE = "/instructor/mark_meeting_attendance";

	public static final String ANSWER_MEETING_INVITATION = "/instructor/answer_meeting_invitation";

	public static final String ADD_NETWORK_MEMBER =
		"/instructor/admin/add_network_member";

	public static final String DELETE_NETWORK =
		"/instructor/admin/delete_network";

	public static final String EDIT_NETWORK = "/instructor/admin/edit_network";

	public static final String REMOVE_NETWORK_MEMBER =
		"/instructor/admin/remove_network_member";

	public static final String UPDATE_NETWORK_MEMBER_ROLE =
		"/instructor/admin/update_network_member_role";

	public static final String VIEW_NETWORK_MEMBERS =
		"/instructor/admin/view_network_members";

	public static final String VIEW_NETWORKS = "/instructor/admin/view_networks";

}
