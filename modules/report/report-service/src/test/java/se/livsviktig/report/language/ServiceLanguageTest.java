package se.livsviktig.report.language;

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
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;

/**
 * The service bundle's Language files, which the Permissions screen reads: both languages
 * have the same keys, every action of {@link ReportActionKeys} and every resource is named, and the Swedish uses
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

		for (Field field : ReportActionKeys.class.getFields()) {
			keys.add("action." + field.get(null));
		}

		keys.add("model.resource." + ReportConstants.RESOURCE_NAME);

		// The typed exceptions' messages, which the report's pages show

		for (String exception :
				new String[] {
					"freeze-status", "organization", "period-end",
					"period-length", "training-method", "unfreeze-reason",
					"export-mapping", "figure-key"
				}) {

			keys.add("report-" + exception + "-error");
		}

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
