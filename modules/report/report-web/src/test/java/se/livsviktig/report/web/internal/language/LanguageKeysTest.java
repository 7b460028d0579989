package se.livsviktig.report.web.internal.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The web bundle speaks Swedish and English, completely, and its Swedish uses the glossary's one word per thing.
 *
 * @author Livsviktig
 */
public class LanguageKeysTest {

	@Test
	public void everyKeyUsedByAViewOrClassExistsInBothLanguages()
		throws Exception {

		Set<String> missingInEnglish = new TreeSet<>(_languageFiles.usedKeys());

		missingInEnglish.removeAll(_languageFiles.englishKeys());

		Set<String> missingInSwedish = new TreeSet<>(_languageFiles.usedKeys());

		missingInSwedish.removeAll(_languageFiles.swedishKeys());

		assertTrue(
			missingInEnglish.isEmpty(),
			"Missing in Language.properties: " + missingInEnglish);
		assertTrue(
			missingInSwedish.isEmpty(),
			"Missing in Language_sv.properties: " + missingInSwedish);
	}

	@Test
	public void bothLanguagesHaveTheSameKeys() throws Exception {
		assertEquals(_languageFiles.englishKeys(), _languageFiles.swedishKeys());
		assertEquals(Set.of(), _languageFiles.duplicateKeys());
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	private final LanguageFiles _languageFiles = new LanguageFiles(
		Path.of(""));

}
