package se.livsviktig.training.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.annotation.metatype.Meta;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;

/**
 * A fresh install works with no .config file, and System Settings shows every setting in both languages.
 *
 * @author Livsviktig
 */
public class TrainingCompanyConfigurationTest {

	@Test
	public void everySettingHasADefaultOfItsOwnType() {
		for (Method method : _settings()) {
			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			assertFalse(
				ad.required(), method.getName() + " must not be required");

			Class<?> type = method.getReturnType();

			if (type == int.class) {
				assertTrue(
					Integer.parseInt(ad.deflt()) > 0,
					method.getName() + " needs a positive default");
			}
			else if (type == boolean.class) {
				assertTrue(
					ad.deflt().equals("true") || ad.deflt().equals("false"),
					method.getName() + " needs true or false");
			}
			else if ((type == String.class) || (type == String[].class)) {

				// Empty means "use the portal's or the app's own", as documented on each setting

				assertEquals("", ad.deflt(), method.getName());
			}
			else {
				throw new AssertionError(
					"No default check for " + type + " of " + method.getName());
			}
		}
	}

	@Test
	public void everySettingIsNamedAndExplainedInSwedishAndEnglish()
		throws Exception {

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Set<String> english = languageFiles.englishKeys();
		Set<String> swedish = languageFiles.swedishKeys();

		assertEquals(english, swedish);

		Meta.OCD ocd = TrainingCompanyConfiguration.class.getAnnotation(
			Meta.OCD.class);

		assertTrue(english.contains(ocd.name()), ocd.name());

		for (Method method : _settings()) {
			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			assertTrue(english.contains(ad.name()), ad.name());
			assertTrue(english.contains(ad.description()), ad.description());
		}
	}

	private List<Method> _settings() {
		List<Method> settings = new ArrayList<>();

		for (Method method :
				TrainingCompanyConfiguration.class.getDeclaredMethods()) {

			if (method.isAnnotationPresent(Meta.AD.class)) {
				settings.add(method);
			}
		}

		assertFalse(settings.isEmpty());

		return settings;
	}

}
