package se.livsviktig.training.internal.validator;

import java.util.Locale;
import java.util.Map;

/**
 * A text that becomes an e-mail header (a subject, a name beside an address) stays on one line: a line break
 * in a header starts a new header, so whoever typed the text could add recipients or rewrite the message.
 * Forms refuse such a text where it is typed; the mail senders make every header one line as the last line of
 * defence, for texts no form checks (a company's own notice wording, a person's name).
 *
 * @author Livsviktig
 */
public class MailHeaderText {

	public static boolean hasLineBreak(Map<Locale, String> textMap) {
		if (textMap == null) {
			return false;
		}

		for (String text : textMap.values()) {
			if (hasLineBreak(text)) {
				return true;
			}
		}

		return false;
	}

	public static boolean hasLineBreak(String text) {
		if ((text != null) &&
			((text.indexOf('\r') >= 0) || (text.indexOf('\n') >= 0))) {

			return true;
		}

		return false;
	}

	/**
	 * @return the text with every run of line breaks made one space
	 */
	public static String toOneLine(String text) {
		if (!hasLineBreak(text)) {
			return text;
		}

		return text.replaceAll("[\\r\\n]+", " ");
	}

}
