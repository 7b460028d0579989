package se.livsviktig.instructor.internal.notice;

import se.livsviktig.instructor.constants.InstructorPortletKeys;

/**
 * The kinds of notice a certification's holder gets; with the certification's id each is claimed once.
 *
 * @author Livsviktig
 */
public final class CertificationNoticeKinds {

	/**
	 * The valid-until date has passed and the certification is lapsed.
	 */
	public static final String LAPSED = "lapsed";

	/**
	 * The bell entries' type: the portlet id of the instructor's own page ("Mina instruktörsuppdrag"), where the
	 * holder renews; the handler that shows them is registered under it.
	 */
	public static final String PORTLET_ID =
		InstructorPortletKeys.MY_INSTRUCTOR_ASSIGNMENTS;

	/**
	 * @return the kind of the reminder sent the given number of days before valid-until: "expiry-90", "expiry-30"
	 */
	public static String expiry(int daysBefore) {
		return _EXPIRY_PREFIX + daysBefore;
	}

	public static boolean isExpiry(String noticeKind) {
		return noticeKind.startsWith(_EXPIRY_PREFIX);
	}

	private CertificationNoticeKinds() {
	}

	private static final String _EXPIRY_PREFIX = "expiry-";

}
