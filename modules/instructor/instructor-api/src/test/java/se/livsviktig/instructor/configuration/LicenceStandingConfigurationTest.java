package se.livsviktig.instructor.configuration;

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
import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * A fresh install works with no .config file, and Instance Settings shows the licence setting in both languages,
 * in the glossary's words.
 *
 * @author Livsviktig
 */
public class LicenceStandingConfigurationTest {

	@Test
	public void everySettingHasAPositiveDefaultAndIsNotRequired() {
		for (Method method : _settings()) {
			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			assertFalse(ad.required(), method.getName());
			assertTrue(Integer.parseInt(ad.deflt()) > 0, method.getName());
		}
	}

	@Test
	public void everySettingIsNamedAndExplainedInSwedishAndEnglish()
		throws Exception {

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Set<String> english = languageFiles.englishKeys();

		assertEquals(english, languageFiles.swedishKeys());

		Meta.OCD ocd = LicenceStandingConfiguration.class.getAnnotation(
			Meta.OCD.class);

		assertTrue(english.contains(ocd.name()), ocd.name());

		for (Method method : _settings()) {
			Meta.AD ad = method.getAnnotation(Meta.AD.class);

			assertTrue(english.contains(ad.name()), ad.name());
			assertTrue(english.contains(ad.description()), ad.description());
		}
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	private List<Method> _settings() {
		List<Method> settings = new ArrayList<>();

		for (Method method :
				LicenceStandingConfiguration.class.getDeclaredMethods()) {

			if (method.isAnnotationPresent(Meta.AD.class)) {
				settings.add(method);
			}
		}

		assertFalse(settings.isEmpty());

		return settings;
	}

}
