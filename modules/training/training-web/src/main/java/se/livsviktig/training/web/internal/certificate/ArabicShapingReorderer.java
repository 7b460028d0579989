package se.livsviktig.training.web.internal.certificate;

import com.openhtmltopdf.bidi.BidiReorderer;

import java.text.Normalizer;

/**
 * Gives the PDF writer right-to-left text as it is drawn: Arabic letters in their joined forms (initial, medial,
 * final, isolated, and the lam-alef ligatures, from Unicode's Arabic Presentation Forms-B, which the fallback
 * font has) and each run reversed, with brackets mirrored. Without it an Arabic name printed as separate letters
 * from left to right. Letters outside the basic Arabic block (Persian peh, gaf…) keep their base form.
 *
 * @author Livsviktig
 */
public class ArabicShapingReorderer implements BidiReorderer {

	@Override
	public String deshapeText(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			if ((c >= '\uFB50') && (c <= '\uFEFC')) {
				sb.append(
					Normalizer.normalize(
						String.valueOf(c), Normalizer.Form.NFKC));
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString();
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = text.length(); i > 0;) {
			int codePoint = text.codePointBefore(i);

			sb.appendCodePoint(_mirror(codePoint));

			i -= Character.charCount(codePoint);
		}

		return sb.toString();
	}

	@Override
	public String shapeText(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			char[] forms = _forms(c);

			if (forms == null) {
				sb.append(c);

				continue;
			}

			boolean joinsPrevious = (forms.length > 1) && _joinsPrevious(text, i);

			int next = _next(text, i);

			if ((c == _LAM) && (next >= 0) &&
				(_lamAlef(text.charAt(next)) != null)) {

				char[] ligature = _lamAlef(text.charAt(next));

				sb.append(joinsPrevious ? ligature[1] : ligature[0]);

				// The alef is part of the ligature; marks between them are dropped with it, as fonts draw them.

				i = next;

				continue;
			}

			boolean joinsNext =
				(forms.length == 4) && (next >= 0) &&
				(_forms(text.charAt(next)) != null) &&
				(_forms(text.charAt(next)).length > 1);

			if (joinsPrevious && joinsNext) {
				sb.append(forms[3]);
			}
			else if (joinsPrevious) {
				sb.append(forms[1]);
			}
			else if (joinsNext) {
				sb.append(forms[2]);
			}
			else {
				sb.append(forms[0]);
			}
		}

		return sb.toString();
	}

	/**
	 * @return the letter's isolated and final forms, and for a letter that joins on both sides its initial and
	 *         medial forms too; null for a character that does not join
	 */
	private static char[] _forms(char c) {
		if ((c < '\u0621') || (c > '\u064A')) {
			return null;
		}

		int[] entry = _FORMS[c - '\u0621'];

		if (entry == null) {
			return null;
		}

		char[] forms = new char[entry[1]];

		for (int i = 0; i < forms.length; i++) {
			forms[i] = (char)(entry[0] + i);
		}

		return forms;
	}

	/**
	 * @return whether the letter before this one (vowel marks skipped) joins on both sides, so reaches this one
	 */
	private static boolean _joinsPrevious(String text, int index) {
		for (int i = index - 1; i >= 0; i--) {
			char c = text.charAt(i);

			if (!_isTransparent(c)) {
				char[] forms = _forms(c);

				return (forms != null) && (forms.length == 4);
			}
		}

		return false;
	}

	private static boolean _isTransparent(char c) {
		return ((c >= '\u064B') && (c <= '\u065F')) || (c == '\u0670');
	}

	private static char[] _lamAlef(char c) {
		switch (c) {
			case '\u0622':
				return new char[] {'\uFEF5', '\uFEF6'};
			case '\u0623':
				return new char[] {'\uFEF7', '\uFEF8'};
			case '\u0625':
				return new char[] {'\uFEF9', '\uFEFA'};
			case '\u0627':
				return new char[] {'\uFEFB', '\uFEFC'};
			default:
				return null;
		}
	}

	private static int _mirror(int codePoint) {
		switch (codePoint) {
			case '(':
				return ')';
			case ')':
				return '(';
			case '[':
				return ']';
			case ']':
				return '[';
			case '{':
				return '}';
			case '}':
				return '{';
			case '<':
				return '>';
			case '>':
				return '<';
			case '\u00AB':
				return '\u00BB';
			case '\u00BB':
				return '\u00AB';
			default:
				return codePoint;
		}
	}

	/**
	 * @return the index of the next letter that is not a vowel mark, or -1
	 */
	private static int _next(String text, int index) {
		for (int i = index + 1; i < text.length(); i++) {
			if (!_isTransparent(text.charAt(i))) {
				return i;
			}
		}

		return -1;
	}

	private static final char _LAM = '\u0644';

	/**
	 * For each letter from U+0621 to U+064A: its first presentation form and how many it has (1 for a letter that
	 * never joins, 2 for one that joins to the previous letter only, 4 for one that joins on both sides).
	 */
	private static final int[][] _FORMS = {
		{0xFE80, 1}, {0xFE81, 2}, {0xFE83, 2}, {0xFE85, 2}, {0xFE87, 2},
		{0xFE89, 4}, {0xFE8D, 2}, {0xFE8F, 4}, {0xFE93, 2}, {0xFE95, 4},
		{0xFE99, 4}, {0xFE9D, 4}, {0xFEA1, 4}, {0xFEA5, 4}, {0xFEA9, 2},
		{0xFEAB, 2}, {0xFEAD, 2}, {0xFEAF, 2}, {0xFEB1, 4}, {0xFEB5, 4},
		{0xFEB9, 4}, {0xFEBD, 4}, {0xFEC1, 4}, {0xFEC5, 4}, {0xFEC9, 4},
		{0xFECD, 4}, null, null, null, null, null, null, {0xFED1, 4},
		{0xFED5, 4}, {0xFED9, 4}, {0xFEDD, 4}, {0xFEE1, 4}, {0xFEE5, 4},
		{0xFEE9, 4}, {0xFEED, 2}, {0xFEEF, 2}, {0xFEF1, 4}
	};

}
