package se.livsviktig.training.internal.calendar;

/**
 * One iCalendar object for one session date, as an e-mail carries it: its iTIP method (REQUEST or CANCEL),
 * which also goes into the e-mail part's content type, and its text.
 *
 * @author Livsviktig
 */
public class CalendarInvitation {

	public CalendarInvitation(int dateNumber, String method, String text) {
		_dateNumber = dateNumber;
		_method = method;
		_text = text;
	}

	/**
	 * @return the e-mail part's content type: mail clients offer Accept/Decline, or remove the entry, only
	 *         when the part names its method
	 */
	public String getContentType() {
		return "text/calendar; method=" + _method + "; charset=UTF-8";
	}

	/**
	 * @return the session date's number, from 1
	 */
	public int getDateNumber() {
		return _dateNumber;
	}

	public String getFileName() {
		return "invite-" + _dateNumber + ".ics";
	}

	public String getMethod() {
		return _method;
	}

	public String getText() {
		return _text;
	}

	private final int _dateNumber;
	private final String _method;
	private final String _text;

}
