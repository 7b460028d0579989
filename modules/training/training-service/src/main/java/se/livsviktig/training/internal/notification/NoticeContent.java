package se.livsviktig.training.internal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

	public String getCalendar() {
		return _calendar;
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

	public NoticeContent setCalendar(String calendar) {
		_calendar = calendar;

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

	private String _calendar;
	private final List<String[]> _details = new ArrayList<>();
	private String _linkLabel;
	private String _linkURL;
	private final Locale _locale;
	private final List<String> _paragraphs = new ArrayList<>();
	private String _signature;
	private final String _subject;

}
