package se.livsviktig.training.constants;

/**
 * The notices the training app sends, by bell and e-mail. Each name is also the stem of its language keys:
 * <code>notice-&lt;type&gt;-subject</code> and <code>notice-&lt;type&gt;-body</code>.
 *
 * @author Livsviktig
 */
public class TrainingNoticeTypes {

	public static final String APPROVAL_DECLINED = "approval-declined";

	public static final String APPROVAL_EXPIRED = "approval-expired";

	public static final String APPROVAL_GRANTED = "approval-granted";

	public static final String APPROVAL_REMINDER = "approval-reminder";

	public static final String APPROVAL_REQUEST = "approval-request";

	public static final String ATTENDANCE_REMINDER = "attendance-reminder";

	public static final String CONFIRMATION = "confirmation";

	public static final String INSTRUCTOR_INVITATION = "instructor-invitation";

	public static final String INTEREST_SESSION_PUBLISHED =
		"interest-session-published";

	public static final String OFFER = "offer";

	public static final String OFFER_EXPIRED = "offer-expired";

	public static final String PROMOTED = "promoted";

	public static final String PROMOTION_STOPPED = "promotion-stopped";

	public static final String REGISTRATION_CANCELLED =
		"registration-cancelled";

	public static final String REMINDER = "reminder";

	public static final String SESSION_CANCELLED = "session-cancelled";

	public static final String SESSION_CHANGED = "session-changed";

	public static final String WAITLISTED = "waitlisted";

	public static final String[] ALL = {
		APPROVAL_DECLINED, APPROVAL_EXPIRED, APPROVAL_GRANTED,
		APPROVAL_REMINDER, APPROVAL_REQUEST, ATTENDANCE_REMINDER, CONFIRMATION,
		INSTRUCTOR_INVITATION, INTEREST_SESSION_PUBLISHED, OFFER, OFFER_EXPIRED,
		PROMOTED, PROMOTION_STOPPED, REGISTRATION_CANCELLED, REMINDER,
		SESSION_CANCELLED, SESSION_CHANGED, WAITLISTED
	};

}
