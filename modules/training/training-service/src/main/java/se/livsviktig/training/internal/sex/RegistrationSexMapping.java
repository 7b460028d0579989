package se.livsviktig.training.internal.sex;

import java.io.Serializable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.training.constants.RegistrationSexes;

/**
 * The company's mapping from a custom field's values to the statistical categories (value=female, value=male,
 * value=unknown; pairs separated by commas or given one per setting line). Values are compared trimmed and without
 * regard to case, since HR and LDAP feeds differ in both; a value the mapping does not name, an empty one and a
 * pair whose category is not one of the three count as unknown.
 *
 * @author Livsviktig
 */
public final class RegistrationSexMapping {

	public static RegistrationSexMapping parse(String[] settingLines) {
		Map<String, String> sexes = new LinkedHashMap<>();

		if (settingLines == null) {
			return new RegistrationSexMapping(sexes);
		}

		for (String settingLine : settingLines) {
			if (settingLine == null) {
				continue;
			}

			for (String pair : settingLine.split("[,\\n]")) {
				int equals = pair.lastIndexOf('=');

				if (equals < 0) {
					continue;
				}

				String value = normalize(pair.substring(0, equals));
				String sex = normalize(pair.substring(equals + 1));

				if (!value.isEmpty() && RegistrationSexes.isSex(sex)) {
					sexes.put(value, sex);
				}
			}
		}

		return new RegistrationSexMapping(sexes);
	}

	/**
	 * @return the normalised field values that map to the category, for the upgrade's one statement per category
	 */
	public Map<String, String> getSexesByValue() {
		return Collections.unmodifiableMap(_sexes);
	}

	/**
	 * @param fieldValue the custom field's value as the portal returns it: a text, or the chosen options of a
	 *        selection list (the first one counts)
	 */
	public String sexOf(Serializable fieldValue) {
		Object value = fieldValue;

		if (value instanceof Object[]) {
			Object[] values = (Object[])value;

			value = (values.length > 0) ? values[0] : null;
		}

		if (value == null) {
			return RegistrationSexes.UNKNOWN;
		}

		return _sexes.getOrDefault(
			normalize(String.valueOf(value)), RegistrationSexes.UNKNOWN);
	}

	/**
	 * Trimmed and in lower case, the same way in Java and in the upgrade's SQL (LOWER(TRIM(...))).
	 */
	public static String normalize(String value) {
		return value.trim(
		).toLowerCase(
			Locale.ROOT
		);
	}

	private RegistrationSexMapping(Map<String, String> sexes) {
		_sexes = sexes;
	}

	private final Map<String, String> _sexes;

}
