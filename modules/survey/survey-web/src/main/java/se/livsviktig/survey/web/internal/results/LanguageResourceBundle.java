package se.livsviktig.survey.web.internal.results;

import com.liferay.portal.kernel.language.Language;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's Language service in the reader's locale as the ResourceBundle
 * the chart and the CSV export read: the module's keys are found the way
 * every other survey view finds them, whichever class loader asks.
 */
public class LanguageResourceBundle extends ResourceBundle {

	public LanguageResourceBundle(Language language, Locale locale) {
		_language = language;
		_locale = locale;
	}

	@Override
	public Enumeration<String> getKeys() {
		return Collections.emptyEnumeration();
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
