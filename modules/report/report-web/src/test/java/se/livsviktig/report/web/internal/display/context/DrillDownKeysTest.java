package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportDrillDownFigures;

/**
 * The drill-down names its figure and its rows' states with keys built at run time, which the Language files'
 * check of literal keys cannot see: each is there in both languages.
 *
 * @author Livsviktig
 */
class DrillDownKeysTest {

	@Test
	void everyFigureWithADrillDownAndEveryStateIsNamedInBothLanguages()
		throws Exception {

		Set<String> keys = new TreeSet<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			if (ReportDrillDownFigures.hasDrillDown(figureKey)) {
				keys.add("drill-down-" + figureKey);
			}
		}

		keys.addAll(DrillDownRows.REGISTRATION_HEADER_KEYS);
		keys.addAll(DrillDownRows.SESSION_HEADER_KEYS);
		keys.addAll(DrillDownRows.stateKeys());

		for (String sex : ReportSexes.ALL) {
			keys.add("drill-down-sex-" + sex);
		}

		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		Set<String> missingInEnglish = new TreeSet<>(keys);

		missingInEnglish.removeAll(languageFiles.englishKeys());

		Set<String> missingInSwedish = new TreeSet<>(keys);

		missingInSwedish.removeAll(languageFiles.swedishKeys());

		assertTrue(missingInEnglish.isEmpty(), missingInEnglish.toString());
		assertTrue(missingInSwedish.isEmpty(), missingInSwedish.toString());
	}

}
