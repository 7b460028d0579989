package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.jsp.PageContext;

import se.livsviktig.platform.view.harness.WebBundle;

/**
 * The portal's Language service as the view tier needs it: every lookup goes to the web bundle's own
 * content/Language*.properties for the reader's locale. A key that is not there comes back as the key itself, as
 * in the portal, and is recorded, so the render that asked for it fails.
 *
 * @author Livsviktig
 */
public class LanguageDouble {

	public static final List<Locale> AVAILABLE_LOCALES = List.of(
		new Locale("sv", "SE"), new Locale("en", "US"));

	public LanguageDouble(WebBundle webBundle) {
		_webBundle = webBundle;
	}

	public Language toLanguage() {
		return InterfaceDouble.of(
			Language.class
		).answer(
			"get", args -> _get(_locale(args[0]), (String)args[1], args)
		).answer(
			"format", this::_format
		).answer(
			"getLanguageId", args -> LocaleUtil.toLanguageId(_locale(args[0]))
		).answer(
			"getAvailableLocales",
			args -> new LinkedHashSet<>(AVAILABLE_LOCALES)
		).answer(
			"isAvailableLocale", args -> true
		).answer(
			"isAvailableLanguageCode", args -> true
		).answer(
			"getLanguageDirection", args -> "ltr"
		).build(
			"The view harness's Language"
		);
	}

	public ResourceBundle getResourceBundle(Locale locale) {
		return new BundleResourceBundle(
			locale, _webBundle.getLanguage(locale));
	}

	private String _format(Object[] args) {
		Locale locale = _locale(args[0]);

		String pattern = _get(locale, (String)args[1], new Object[0]);

		Object[] arguments;

		if (args[2] instanceof Object[]) {
			arguments = (Object[])args[2];
		}
		else {
			arguments = new Object[] {args[2]};
		}

		boolean translateArguments = true;

		if ((args.length > 3) && (args[3] instanceof Boolean)) {
			translateArguments = (Boolean)args[3];
		}

		Properties language = _webBundle.getLanguage(locale);

		for (int i = 0; i < arguments.length; i++) {
			String argument = String.valueOf(arguments[i]);

			if (translateArguments && language.containsKey(argument)) {
				argument = language.getProperty(argument);
			}

			pattern = pattern.replace("{" + i + "}", argument);
		}

		return pattern;
	}

	private String _get(Locale locale, String key, Object[] args) {
		if (key == null) {
			return null;
		}

		String value = _webBundle.getLanguage(
			locale
		).getProperty(
			key
		);

		if (value != null) {
			return value;
		}

		if ((args.length > 2) && (args[2] instanceof String)) {
			return (String)args[2];
		}

		RenderRecorder.missingLanguageKey(locale, key);

		return key;
	}

	private Locale _locale(Object source) {
		if (source instanceof Locale) {
			return (Locale)source;
		}

		if (source instanceof BundleResourceBundle) {
			return ((BundleResourceBundle)source).getLocale();
		}

		if ((source instanceof ResourceBundle) &&
			(((ResourceBundle)source).getLocale() != null) &&
			!Locale.ROOT.equals(((ResourceBundle)source).getLocale())) {

			return ((ResourceBundle)source).getLocale();
		}

		if ((source instanceof ResourceBundle) &&
			(RenderRecorder.getLocale() != null)) {

			// The portal's tags may hand over an aggregate bundle that forgot its locale: the page's locale holds.

			return RenderRecorder.getLocale();
		}

		if (source instanceof PageContext) {
			source = ((PageContext)source).getRequest();
		}

		if (source instanceof HttpServletRequest) {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)((HttpServletRequest)source).getAttribute(
					WebKeys.THEME_DISPLAY);

			return themeDisplay.getLocale();
		}

		if (source instanceof String) {
			return LocaleUtil.fromLanguageId((String)source);
		}

		throw new UnsupportedOperationException(
			"The view harness's Language cannot tell the locale from " +
				source);
	}

	private final WebBundle _webBundle;

	/**
	 * A bundle that knows its locale, so Language.get(ResourceBundle, key) looks in the right file.
	 */
	private static class BundleResourceBundle extends ResourceBundle {

		@Override
		public Enumeration<String> getKeys() {
			return Collections.enumeration(
				Arrays.asList(
					_properties.stringPropertyNames(
					).toArray(
						new String[0]
					)));
		}

		@Override
		public Locale getLocale() {
			return _locale;
		}

		@Override
		protected Object handleGetObject(String key) {
			return _properties.getProperty(key);
		}

		@Override
		protected Set<String> handleKeySet() {
			return _properties.stringPropertyNames();
		}

		private BundleResourceBundle(Locale locale, Properties properties) {
			_locale = locale;
			_properties = properties;
		}

		private final Locale _locale;
		private final Properties _properties;

	}

}
