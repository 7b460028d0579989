package se.livsviktig.training.web.internal.display.context;

import java.util.Locale;

/**
 * A plain text input for one language of a localised field: name_sv_SE, name_en_US... The portal reads them
 * back into a map with Localization.getLocalizationMap(request, "name").
 *
 * @author Livsviktig
 */
public class LocalizedInput {

	public LocalizedInput(
		String fieldName, Locale locale, Locale displayLocale, String value,
		boolean required, int maxLength) {

		_fieldName = fieldName;
		_locale = locale;
		_displayLocale = displayLocale;
		_value = value;
		_required = required;
		_maxLength = maxLength;
	}

	public String getInputName() {
		return _fieldName + "_" + _locale.toString();
	}

	/**
	 * @return the language's own name as the reader's locale writes it, e.g. "svenska" or "Swedish"
	 */
	public String getLanguageName() {
		return _locale.getDisplayLanguage(_displayLocale);
	}

	public String getLanguageTag() {
		return _locale.toLanguageTag();
	}

	public int getMaxLength() {
		return _maxLength;
	}

	public String getValue() {
		return _value;
	}

	public boolean isRequired() {
		return _required;
	}

	private final Locale _displayLocale;
	private final String _fieldName;
	private final Locale _locale;
	private final int _maxLength;
	private final boolean _required;
	private final String _value;

}
