package se.livsviktig.training.web.internal.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
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
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	/**
	 * Most confirmed registrations never needed anyone's approval, so their state may not claim one.
	 */
	@Test
	public void aConfirmedRegistrationDoesNotClaimAnApproval()
		throws Exception {

		for (String key :
				new String[] {"confirmed", "registration-status-confirmed"}) {

			assertEquals(
				"Bekräftad", _languageFiles.swedish().getProperty(key), key);
			assertEquals(
				"Confirmed", _languageFiles.english().getProperty(key), key);
		}
	}

	/**
	 * Texts staff found clumsy: a button without a verb ("Kalenderfil"), an error title cut off mid-sentence
	 * ("Det gick inte att genomföra") and an option that registered "the interest list" itself.
	 */
	@Test
	public void buttonsTitlesAndOptionsReadAsWholePhrases() throws Exception {
		Properties swedish = _languageFiles.swedish();

		assertEquals(
			"Lägg till i kalendern",
			swedish.getProperty("download-calendar-file"));
		assertEquals(
			"Din begäran kunde inte genomföras",
			swedish.getProperty("your-request-could-not-be-completed"));
		assertEquals(
			"Anmäl dem på intresselistan när ett kurstillfälle publiceras",
			swedish.getProperty(
				"book-the-interest-list-when-a-session-is-published"));
		assertEquals(
			"Add to calendar",
			_languageFiles.english(
			).getProperty(
				"download-calendar-file"
			));
	}

	@Test
	public void noKeyIsDefinedTwice() throws Exception {
		assertEquals(Set.of(), _languageFiles.duplicateKeys());
	}

	@Test
	public void swedishAndEnglishHaveTheSameKeys() throws Exception {
		assertEquals(
			_languageFiles.englishKeys(), _languageFiles.swedishKeys());
	}

	@Test
	public void noTranslationIsEmpty() throws Exception {
		for (Properties properties :
				new Properties[] {
					_languageFiles.english(), _languageFiles.swedish()
				}) {

			for (String key : properties.stringPropertyNames()) {
				assertTrue(
					!properties.getProperty(
						key
					).isBlank(),
					key + " has no text");
			}
		}
	}

	private final LanguageFiles _languageFiles = new LanguageFiles(
		Path.of(""));

}
