package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.report.constants.ReportFigureKeys;

/**
 * Every figure the report lists has its name in both languages: the overview reads it from "figure." and the key,
 * which no view names literally.
 *
 * @author Livsviktig
 */
class FigureLabelsTest {

	@Test
	void everyFigureHasItsNameInBothLanguages() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Set<String> missing = new TreeSet<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			if (!languageFiles.englishKeys().contains("figure." + figureKey) ||
				!languageFiles.swedishKeys().contains("figure." + figureKey)) {

				missing.add(figureKey);
			}
		}

		assertTrue(missing.isEmpty(), "No name for the figures " + missing);
	}

}
