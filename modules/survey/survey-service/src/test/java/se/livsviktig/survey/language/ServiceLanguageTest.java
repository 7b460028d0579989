package se.livsviktig.survey.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import java.nio.file.Path;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;
import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;

/**
 * The service bundle's Language files, which the Permissions screen and the settings category read: both languages
 * have the same keys, every action of {@link SurveyActionKeys} and every resource is named, and the Swedish uses
 * the glossary's one word per thing.
 *
 * @author Livsviktig
 */
public class ServiceLanguageTest {

	@Test
	public void bothLanguagesHaveTheSameKeys() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
	}

	@Test
	public void everyActionAndResourceIsNamedInBothLanguages()
		throws Exception {

		Set<String> keys = new TreeSet<>();

		for (Field field : SurveyActionKeys.class.getFields()) {
			keys.add("action." + field.get(null));
		}

		keys.add("model.resource." + SurveyConstants.RESOURCE_NAME);
		keys.add("model.resource.se.livsviktig.survey.model.Survey");
		keys.add("model.resource.se.livsviktig.survey.model.SurveyDispatch");
		keys.add("category.livsviktig-survey");

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertTrue(
			languageFiles.englishKeys().containsAll(keys), keys.toString());
		assertTrue(
			languageFiles.swedishKeys().containsAll(keys), keys.toString());
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

}
