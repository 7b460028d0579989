package se.livsviktig.training.internal.validator;

import com.liferay.portal.kernel.util.Validator;

import java.util.Locale;
import java.util.Map;

/**
 * Checks localised texts: present in the site's default language when required, and never longer than
 * allowed in any language.
 *
 * @author Livsviktig
 */
public class LocalizedTextValidator {

	public static boolean isMissing(
		Map<Locale, String> textMap, Locale defaultLocale) {

		if ((textMap == null) || Validator.isNull(textMap.get(defaultLocale))) {
			return true;
		}

		return false;
	}

	public static boolean isTooLong(
		Map<Locale, String> textMap, int maxLength) {

		if (textMap == null) {
			return false;
		}

		for (String text : textMap.values()) {
			if ((text != null) && (text.length() > maxLength)) {
				return true;
			}
		}

		return false;
	}

}
