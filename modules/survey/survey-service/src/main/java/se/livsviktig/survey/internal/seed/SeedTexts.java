package se.livsviktig.survey.internal.seed;

import com.liferay.portal.kernel.util.LocaleUtil;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A seeded text in Swedish and English, and under the site's default language if that is neither (in Swedish, the
 * language of the municipalities the app is for), because a survey's title and a question's text are required in
 * the site's default language.
 *
 * @author Livsviktig
 */
public class SeedTexts {

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static Map<Locale, String> of(
		Locale siteDefaultLocale, String swedish, String english) {

		Map<Locale, String> map = new HashMap<>();

		if (swedish.isEmpty()) {
			return map;
		}

		map.put(siteDefaultLocale, swedish);
		map.put(SWEDISH, swedish);
		map.put(LocaleUtil.US, english);

		if (siteDefaultLocale.getLanguage(
			).equals(
				"en"
			)) {

			map.put(siteDefaultLocale, english);
		}

		return map;
	}

}
