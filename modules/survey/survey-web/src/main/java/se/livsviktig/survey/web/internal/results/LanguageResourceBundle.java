package se.livsviktig.survey.web.internal.results;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's Language service in the reader's locale as the ResourceBundle
 * the chart and the CSV export read: the module's keys are found the way
 * every other survey view finds them, whichever class loader asks. Its keys
 * are this module's own (its content/Language files, which the Language
 * service serves), so containsKey and keySet tell the truth.
 */
public class LanguageResourceBundle extends ResourceBundle {

	public LanguageResourceBundle(Language language, Locale locale) {
		_language = language;
		_locale = locale;
	}

	@Override
	public Enumeration<String> getKeys() {
		return ResourceBundleUtil.getBundle(
			_locale, LanguageResourceBundle.class
		).getKeys();
	}

	@Override
	public Locale getLocale() {
		return _locale;
	}

	@Override
	protected Object handleGetObject(String key) {
		return _language.get(_locale, key);
	}

	private final Language _language;
	private final Locale _locale;

}
