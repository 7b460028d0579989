package se.livsviktig.careprogram.web.internal.badge;

/**
 * What a reader sees of a programme's or routine's review: one sentence in the reader's language and time zone
 * ("Granskad 12 mars 2026", "Granskning försenad sedan 3 februari 2026", "Utan ägare") and the Clay label style it
 * is shown in. The sentence carries the meaning on its own, so the colour is never the only signal (WCAG 1.4.1).
 * The text is plain; the JSP escapes it.
 *
 * @author Livsviktig
 */
public class ReviewBadge {

	public ReviewBadge(String text, String displayType) {
		_text = text;
		_displayType = displayType;
	}

	/**
	 * @return a Clay label display type: {@code success}, {@code warning}, {@code danger} or {@code secondary}
	 */
	public String getDisplayType() {
		return _displayType;
	}

	/**
	 * @return the CSS classes of a Clay label in that style, for plain HTML markup
	 */
	public String getCssClass() {
		return "label label-" + _displayType;
	}

	public String getText() {
		return _text;
	}

	private final String _displayType;
	private final String _text;

}
