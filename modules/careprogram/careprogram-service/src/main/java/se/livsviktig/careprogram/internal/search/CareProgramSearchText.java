package se.livsviktig.careprogram.internal.search;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The text the programme list's keyword search looks in (CareProgram.titleSearch): the words of every translation
 * of the title, as readers see them, not the XML the localized title column stores them in. Lowercased here, once,
 * so that the search needs no lower() in SQL and finds Å as å on every database; one translation a line, so that
 * no typed word (which never holds a line break) spans two translations.
 *
 * @author Livsviktig
 */
public final class CareProgramSearchText {

	public static String of(Map<Locale, String> titleMap) {
		TreeSet<String> titles = new TreeSet<>();

		if (titleMap != null) {
			for (String title : titleMap.values()) {
				if ((title != null) && !title.isBlank()) {
					titles.add(title.trim().toLowerCase(Locale.ROOT));
				}
			}
		}

		return String.join("\n", titles);
	}

	private CareProgramSearchText() {
	}

}
