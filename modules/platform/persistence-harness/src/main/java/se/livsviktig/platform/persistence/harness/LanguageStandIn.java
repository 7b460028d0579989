package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.lang.reflect.Method;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The portal's LanguageImpl needs the company and group services to know which locales are on. Localized columns
 * (a training method's name in Swedish and English) go through the portal's real LocalizationImpl, which asks only
 * which locales are available; this stand-in answers from portal.properties' locales.enabled, the portal's own
 * default, and returns the key for a translation, as the portal does for a key it does not know. Anything else it
 * refuses loudly.
 */
final class LanguageStandIn {

	static Language create() {
		Set<Locale> locales = new LinkedHashSet<>();

		for (String languageId : PropsUtil.getArray(PropsKeys.LOCALES_ENABLED)) {
			// Without validation: validating would ask this very service.

			locales.add(LocaleUtil.fromLanguageId(languageId, false));
		}

		Set<Locale> availableLocales = Collections.unmodifiableSet(locales);

		return (Language)ProxyUtil.newProxyInstance(
			Language.class.getClassLoader(), new Class<?>[] {Language.class},
			(proxy, method, arguments) -> _invoke(availableLocales, method, arguments));
	}

	private static Object _invoke(Set<Locale> availableLocales, Method method, Object[] arguments) {
		String name = method.getName();

		if (name.equals("getAvailableLocales") || name.equals("getSupportedLocales")) {
			return availableLocales;
		}

		if (name.equals("isAvailableLocale")) {
			Object last = arguments[arguments.length - 1];

			Locale locale = (last instanceof Locale) ? (Locale)last : LocaleUtil.fromLanguageId((String)last, false);

			return availableLocales.contains(locale);
		}

		if (name.equals("getLocale") && (arguments.length == 1) && (arguments[0] instanceof String)) {
			for (Locale locale : availableLocales) {
				if (locale.getLanguage().equals(arguments[0])) {
					return locale;
				}
			}

			return null;
		}

		if (name.equals("isDuplicateLanguageCode")) {
			long count = availableLocales.stream(
			).filter(
				locale -> locale.getLanguage().equals(arguments[0])
			).count();

			return count > 1;
		}

		if (name.equals("get") && (arguments.length >= 2) && (arguments[1] instanceof String)) {
			return arguments[1];
		}

		throw new UnsupportedOperationException(
			"The persistence tier's language stand-in does not provide Language." + name +
				"; extend LanguageStandIn if persistence code needs it");
	}

	private LanguageStandIn() {
	}

}
