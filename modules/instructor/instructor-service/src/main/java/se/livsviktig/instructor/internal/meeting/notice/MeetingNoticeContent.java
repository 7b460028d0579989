package se.livsviktig.instructor.internal.meeting.notice;

import se.livsviktig.instructor.internal.notice.CertificationNoticeEmail;

/**
 * A meeting notice as one person receives it: the e-mail's text (the certification notices' plain-text shape,
 * rendered by the same renderer) and the calendar entry it carries, with its iTIP method.
 *
 * @author Livsviktig
 */
public class MeetingNoticeContent {

	public MeetingNoticeContent(
		CertificationNoticeEmail email, String calendarMethod,
		String calendarText) {

		_email = email;
		_calendarMethod = calendarMethod;
		_calendarText = calendarText;
	}

	/**
	 * @return the e-mail part's content type: mail clients offer to accept, or remove the entry, only when the
	 *         part names its method (iMIP, RFC 6047)
	 */
	public String getCalendarContentType() {
		return "text/calendar; method=" + _calendarMethod + "; charset=UTF-8";
	}

	public String getCalendarMethod() {
		return _calendarMethod;
	}

	public String getCalendarText() {
		return _calendarText;
	}

	public CertificationNoticeEmail getEmail() {
		return _email;
	}

	private final String _calendarMethod;
	private final String _calendarText;
	private final CertificationNoticeEmail _email;

}
