package se.livsviktig.instructor.internal.meeting.notice;

import se.livsviktig.instructor.internal.notice.CertificationNoticeKinds;

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
	 * The bell entries' type: the instructor's own page ("Mina instruktörsuppdrag"), where meetings are answered,
	 * as for the certification notices; the app's one handler registered under it words both.
	 */
	public static final String PORTLET_ID =
		CertificationNoticeKinds.PORTLET_ID;

	public static boolean isCancellation(String noticeKind) {
		return CANCELLATION.equals(noticeKind);
	}

	public static boolean isMeetingNotice(String noticeKind) {
		return INVITATION.equals(noticeKind) || CHANGE.equals(noticeKind) ||
			   CANCELLATION.equals(noticeKind);
	}

	private MeetingNoticeKinds() {
	}

}
