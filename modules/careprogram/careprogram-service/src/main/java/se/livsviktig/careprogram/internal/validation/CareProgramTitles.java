package se.livsviktig.careprogram.internal.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.CareProgramTitleException;

/**
 * A programme has a title in the site's default language (what every reader falls back to), and no title is
 * longer than the column holds.
 *
 * @author Livsviktig
 */
public final class CareProgramTitles {

	/**
	 * @return the titles without surrounding blanks, the blank ones left out
	 */
	public static Map<Locale, String> validate(
			Map<Locale, String> titleMap, Locale defaultLocale)
		throws CareProgramTitleException {

		Map<Locale, String> titles = new HashMap<>();

		if (titleMap != null) {
			for (Map.Entry<Locale, String> entry : titleMap.entrySet()) {
				String title = entry.getValue();

				if ((title == null) || title.isBlank()) {
					continue;
				}

				title = title.trim();

				if (title.length() > CareProgramConstants.TITLE_MAX_LENGTH) {
					throw new CareProgramTitleException(
						"A title has at most " +
							CareProgramConstants.TITLE_MAX_LENGTH +
								" characters");
				}

				titles.put(entry.getKey(), title);
			}
		}

		if (!titles.containsKey(defaultLocale)) {
			throw new CareProgramTitleException(
				"A title in " + defaultLocale + " is required");
		}

		return titles;
	}

	private CareProgramTitles() {
	}

}
