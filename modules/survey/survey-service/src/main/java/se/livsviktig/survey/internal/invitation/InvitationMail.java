package se.livsviktig.survey.internal.invitation;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One invitation or reminder e-mail in the invitee's language, as plain text parts: {@link InvitationMailRenderer}
 * escapes them into HTML.
 *
 * @author Livsviktig
 */
public final class InvitationMail {

	public InvitationMail(
		Locale locale, String subject, List<String> paragraphs,
		String answerURL, String answerLabel, String optOutURL,
		String optOutLabel, String optOutNote, String signature) {

		_locale = locale;
		_subject = subject;
		_paragraphs = Collections.unmodifiableList(paragraphs);
		_answerURL = answerURL;
		_answerLabel = answerLabel;
		_optOutURL = optOutURL;
		_optOutLabel = optOutLabel;
		_optOutNote = optOutNote;
		_signature = signature;
	}

	public String getAnswerLabel() {
		return _answerLabel;
	}

	/**
	 * @return the answer page with the token, or <code>null</code> when the company has no answer page set
	 */
	public String getAnswerURL() {
		return _answerURL;
	}

	public Locale getLocale() {
		return _locale;
	}

	public String getOptOutLabel() {
		return _optOutLabel;
	}

	public String getOptOutNote() {
		return _optOutNote;
	}

	/**
	 * @return the answer page with the token and the opt-out flag, or <code>null</code> without an answer page
	 */
	public String getOptOutURL() {
		return _optOutURL;
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

	private final String _answerLabel;
	private final String _answerURL;
	private final Locale _locale;
	private final String _optOutLabel;
	private final String _optOutNote;
	private final String _optOutURL;
	private final List<String> _paragraphs;
	private final String _signature;
	private final String _subject;

}
