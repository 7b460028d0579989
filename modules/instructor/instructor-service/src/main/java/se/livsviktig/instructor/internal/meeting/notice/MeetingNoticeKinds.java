package se.livsviktig.instructor.internal.meeting.notice;

/**
 * What a meeting notice tells an invited person, and the name its bell entries are filed under.
 *
 * @author Livsviktig
 */
public final class MeetingNoticeKinds {

	public static final String CANCELLATION = "meeting-cancellation";

	public static final String CHANGE = "meeting-change";

	public static final String INVITATION = "meeting-invitation";

	/**
	 * The bell's handler is found by this name; no portlet of that name is needed for the entries to show.
	 */
	public static final String PORTLET_ID =
		"se_livsviktig_instructor_meeting_notice";

	public static boolean isCancellation(String noticeKind) {
		return CANCELLATION.equals(noticeKind);
	}

	private MeetingNoticeKinds() {
	}

}
