package se.livsviktig.instructor.web.internal.constants;

/**
 * The routes of Livsviktig – Instruktörer: render commands show a view, action commands change something.
 *
 * @author Livsviktig
 */
public class InstructorMVCCommandNames {

	public static final String ADD_CERTIFICATION =
		"/instructor/admin/add_certification";

	public static final String ANSWER_MEETING_INVITATION = "/instructor/answer_meeting_invitation";

	public static final String RENEW_CERTIFICATION =
		"/instructor/admin/renew_certification";

	public static final String REVOKE_CERTIFICATION =
		"/instructor/admin/revoke_certification";

	public static final String VIEW_CERTIFICATIONS =
		"/instructor/admin/view_certifications";

	public static final String VIEW_HOLDER_CERTIFICATIONS =
		"/instructor/admin/view_holder_certifications";

}
