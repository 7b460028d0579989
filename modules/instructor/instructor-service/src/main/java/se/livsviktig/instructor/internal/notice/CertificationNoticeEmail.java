package se.livsviktig.instructor.internal.notice;

import java.util.List;
import java.util.Locale;

/**
 * A certification notice as its holder reads it: their language, a subject, paragraphs and the certification's
 * details, all plain text.
 *
 * @author Livsviktig
 */
public final class CertificationNoticeEmail {

	public CertificationNoticeEmail(
		Locale locale, String subject, List<String> paragraphs,
		List<String[]> details, String signature) {

		_locale = locale;
		_subject = subject;
		_paragraphs = List.copyOf(paragraphs);
		_details = List.copyOf(details);
		_signature = signature;
	}

	/**
	 * @return label and value pairs
	 */
	public List<String[]> getDetails() {
		return _details;
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

	private final List<String[]> _details;
	private final Locale _locale;
	private final List<String> _paragraphs;
	private final String _signature;
	private final String _subject;

}
