package se.livsviktig.survey.internal.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.survey.internal.text.Blank;

/**
 * A choice question's options as stored: one per line, each trimmed, the text as a whole trimmed (so the blank line
 * a text area leaves at the end is no option), Windows line ends read as line ends. An answer stores an option's
 * 0-based index in this list.
 *
 * @author Livsviktig
 */
public class QuestionOptions {

	public static List<String> lines(String options) {
		if (Blank.isBlank(options)) {
			return Collections.emptyList();
		}

		List<String> lines = new ArrayList<>();

		for (String line : options.trim().split("\\R", -1)) {
			lines.add(line.trim());
		}

		return lines;
	}

	/**
	 * @return the map with each language's options in their stored form, blank translations left out
	 */
	public static Map<Locale, String> normalized(Map<Locale, String> optionsMap) {
		Map<Locale, String> normalized = new HashMap<>();

		if (optionsMap == null) {
			return normalized;
		}

		for (Map.Entry<Locale, String> entry : optionsMap.entrySet()) {
			if (!Blank.isBlank(entry.getValue())) {
				normalized.put(
					entry.getKey(), String.join("\n", lines(entry.getValue())));
			}
		}

		return normalized;
	}

}
