package se.livsviktig.instructor.internal.meeting.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character. The iCalendar
 * library folds at 75 characters, so a line with Swedish letters (two octets each) grew to 79–82 octets, which
 * strict parsers refuse or cut. A copy of training's (internal there, so not importable): both apps' entries must
 * follow the same rule.
 *
 * @author Livsviktig
 */
public class OctetLineFolder {

	public static final int MAX_OCTETS = 75;

	/**
	 * @param unfolded content lines separated by CRLF, none folded
	 */
	public static String fold(String unfolded) {
		StringBuilder sb = new StringBuilder(unfolded.length() + 64);

		for (String line : unfolded.split("\r\n", -1)) {
			if (line.isEmpty()) {
				continue;
			}

			_foldLine(line, sb);
		}

		return sb.toString();
	}

	private static void _foldLine(String line, StringBuilder sb) {

		// A continuation line starts with one space, which counts towards its 75 octets

		int octets = 0;
		int limit = MAX_OCTETS;

		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int charCount = Character.charCount(codePoint);
			int codePointOctets = new String(
				Character.toChars(codePoint)
			).getBytes(
				StandardCharsets.UTF_8
			).length;

			if ((octets + codePointOctets) > limit) {
				sb.append("\r\n ");
				octets = 0;
				limit = MAX_OCTETS - 1;
			}

			sb.append(line, i, i + charCount);
			octets += codePointOctets;
			i += charCount;
		}

		sb.append("\r\n");
	}

}
