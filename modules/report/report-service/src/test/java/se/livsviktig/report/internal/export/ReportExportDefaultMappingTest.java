package se.livsviktig.report.internal.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * The default mapping is one a coordinator could have saved, and covers every training figure.
 *
 * @author Livsviktig
 */
class ReportExportDefaultMappingTest {

	@Test
	void theDefaultMappingShowsEveryTrainingFigure() {
		List<String> figureKeys = new ArrayList<>();

		for (ReportExportMappingRow reportExportMappingRow :
				ReportExportDefaultMapping.ROWS) {

			if (!figureKeys.contains(reportExportMappingRow.getFigureKey())) {
				figureKeys.add(reportExportMappingRow.getFigureKey());
			}
		}

		List<String> trainingFigureKeys = new ArrayList<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			if (figureKey.startsWith("training.")) {
				trainingFigureKeys.add(figureKey);
			}
		}

		assertEquals(trainingFigureKeys, figureKeys);
	}

	@Test
	void theDefaultMappingPassesTheRulesOfASavedOne() {
		assertDoesNotThrow(
			() -> new ReportExportMappingRules(
				ReportFigureKeys.ALL, ReportSexes.ALL
			).validate(
				ReportExportDefaultMapping.ROWS
			));
	}

}
