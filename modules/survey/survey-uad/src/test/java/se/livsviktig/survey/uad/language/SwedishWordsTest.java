package se.livsviktig.survey.uad.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The personal data screens' Swedish uses the glossary's one word per thing, and both languages have the same keys.
 *
 * @author Livsviktig
 */
public class SwedishWordsTest {

	@Test
	public void bothLanguagesHaveTheSameKeys() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

}
