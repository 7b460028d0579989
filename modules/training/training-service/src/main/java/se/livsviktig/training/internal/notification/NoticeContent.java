package se.livsviktig.training.internal.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import se.livsviktig.training.internal.calendar.CalendarInvitation;
import se.livsviktig.training.internal.calendar.RegistrationCalendar;

/**
 * What a notice says, in the recipient's language, before it becomes a bell entry or an e-mail. Values are
 * plain text; whoever writes them into HTML escapes them.
 *
 * @author Livsviktig
 */
public class NoticeContent {

	public NoticeContent(Locale locale, String subject) {
		_locale = locale;
		_subject = subject;
	}

	public NoticeContent addDetail(String label, String value) {
		if ((value != null) && !value.isEmpty()) {
			_details.add(new String[] {label, value});
		}

		return this;
	}

	public NoticeContent addParagraph(String paragraph) {
		if ((paragraph != null) && !paragraph.trim(
			).isEmpty()) {

			_paragraphs.add(paragraph.trim());
		}

		return this;
	}

	/**
	 * @return the registration's calendar entries, one object per session date, or an empty list when the
	 *         notice changes nothing in the participant's calendar
	 */
	public List<CalendarInvitation> getCalendarInvitations() {
		return _calendarInvitations;
	}

	/**
	 * @return what the registration's calendar entries say, or null when the notice changes nothing in the
	 *         participant's calendar
	 */
	public RegistrationCalendar getRegistrationCalendar() {
		return _registrationCalendar;
	}

	public List<String[]> getDetails() {
		return _details;
	}

	public String getLinkLabel() {
		return _linkLabel;
	}

	public String getLinkURL() {
		return _linkURL;
	}

	public Locale getLocale() {
		return _locale;
	}

	public List<String> getParagraphs() {
		return _paragraphs;
	}

	public String getSignature() {
		return _signature;
	}

	public String getSubject() {
		return _subject;
	}

	public NoticeContent setCalendar(
		RegistrationCalendar registrationCalendar,
		List<CalendarInvitation> calendarInvitations) {

		_registrationCalendar = registrationCalendar;
		_calendarInvitations = calendarInvitations;

		return this;
	}

	public NoticeContent setLink(String linkLabel, String linkURL) {
		_linkLabel = linkLabel;
		_linkURL = linkURL;

		return this;
	}

	public NoticeContent setSignature(String signature) {
		_signature = signature;

		return this;
	}

	private List<CalendarInvitation> _calendarInvitations =
		Collections.emptyList();
	private final List<String[]> _details = new ArrayList<>();
	private String _linkLabel;
	private String _linkURL;
	private RegistrationCalendar _registrationCalendar;
	private final Locale _locale;
	private final List<String> _paragraphs = new ArrayList<>();
	private String _signature;
	private final String _subject;

}
