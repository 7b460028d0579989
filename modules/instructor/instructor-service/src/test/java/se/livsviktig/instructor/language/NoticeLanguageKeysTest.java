package se.livsviktig.instructor.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;

/**
 * The service bundle's texts (notices, bell entries, the Permissions screen's names) exist in both languages.
 *
 * @author Livsviktig
 */
public class NoticeLanguageKeysTest {

	@Test
	public void everyKeyIsInBothLanguages() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		assertEquals(languageFiles.englishKeys(), languageFiles.swedishKeys());
	}

}
