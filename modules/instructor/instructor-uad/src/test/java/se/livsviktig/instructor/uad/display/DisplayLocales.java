package se.livsviktig.instructor.uad.display;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.livsviktig.platform.uad.UADLanguage;


/**
 * The two languages the personal data screens are shown in, and what every display must hold in both.
 *
 * @author Livsviktig
 */
final class DisplayLocales {

	static final Locale SWEDISH = new Locale("sv", "SE");

	static final List<Locale> BOTH = List.of(SWEDISH, Locale.US);

	/**
	 * Checks that each field of a display has a name of its own in both languages: the screen heads its columns
	 * with the field names, and an untranslated one shows as the code's camel case.
	 */
	static void assertFieldNames(String[] fieldNames) {
		for (String fieldName : fieldNames) {
			for (Locale locale : BOTH) {
				assertNotEquals(
					fieldName,
					UADLanguage.get(
						CertificationUADDisplay.class, locale, fieldName),
					fieldName + " in " + locale);
			}
		}

		assertNotEquals(
			UADLanguage.get(
				CertificationUADDisplay.class, SWEDISH, fieldNames[0]),
			UADLanguage.get(
				CertificationUADDisplay.class, Locale.US, fieldNames[0]),
			"the Swedish names are Swedish");
	}

	/**
	 * Checks that a value shown is a word of the language files, not a key or the word for an unknown code.
	 */
	static void assertWord(String word, String keyPrefix, String what) {
		assertTrue(
			!word.startsWith(keyPrefix) && !word.contains("nknown") &&
			!word.contains("känd"),
			what + ": " + word);
	}

	/**
	 * @return the column names of a model's table
	 */
	static List<String> columns(Class<?> tableClass) {
		return Arrays.stream(
			tableClass.getFields()
		).map(
			Field::getName
		).collect(
			Collectors.toList()
		);
	}

	private DisplayLocales() {
	}

}
