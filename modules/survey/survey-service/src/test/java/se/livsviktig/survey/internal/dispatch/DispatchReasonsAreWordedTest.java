package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import java.nio.file.Path;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;

/**
 * Every reason a dispatch is refused for is a Language key with a text in English and in Swedish, so the form says
 * what to correct instead of showing a key.
 *
 * @author Livsviktig
 */
class DispatchReasonsAreWordedTest {

	@Test
	void everyReasonHasAnEnglishAndASwedishText() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Properties english = languageFiles.english();
		Properties swedish = languageFiles.swedish();

		Set<String> missing = new TreeSet<>();

		for (Field field : DispatchValidator.class.getFields()) {
			if (!Modifier.isStatic(field.getModifiers()) ||
				(field.getType() != String.class)) {

				continue;
			}

			String key = (String)field.get(null);

			if (!english.containsKey(key) || !swedish.containsKey(key)) {
				missing.add(key);
			}
		}

		assertTrue(missing.isEmpty(), missing.toString());
	}

}
