package se.livsviktig.report.internal.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * What a mapping row must be before it is saved.
 *
 * @author Livsviktig
 */
class ReportExportMappingRulesTest {

	@Test
	void aBlankLabelIsRefused() {
		_assertRefused(
			new ReportExportMappingRow(
				"  ", ReportFigureKeys.TRAINING_COMPLETED, 0, ""));
	}

	@Test
	void aLabelLongerThanTheColumnIsRefused() {
		_assertRefused(
			new ReportExportMappingRow(
				"x".repeat(ReportExportMappingRules.MAX_LABEL_LENGTH + 1),
				ReportFigureKeys.TRAINING_COMPLETED, 0, ""));
	}

	@Test
	void aLabelOfTheColumnsLengthIsSaved() {
		assertDoesNotThrow(
			() -> _rules.validate(
				List.of(
					new ReportExportMappingRow(
						"x".repeat(ReportExportMappingRules.MAX_LABEL_LENGTH),
						ReportFigureKeys.TRAINING_COMPLETED, 0, ""))));
	}

	@Test
	void aNegativeTrainingMethodIsRefused() {
		_assertRefused(
			new ReportExportMappingRow(
				"Genomförda", ReportFigureKeys.TRAINING_COMPLETED, -1, ""));
	}

	@Test
	void aRowNamingAFigureTheReportDoesNotKnowIsRefused() {
		_assertRefused(
			new ReportExportMappingRow(
				"Genomförda", "training.completed-twice", 0, ""));
	}

	@Test
	void aRowNamingNoFigureIsRefused() {
		_assertRefused(new ReportExportMappingRow("Genomförda", null, 0, ""));
	}

	@Test
	void aSexTheFiguresAreNotSplitByIsRefused() {
		_assertRefused(
			new ReportExportMappingRow(
				"Genomförda", ReportFigureKeys.TRAINING_COMPLETED, 0, "kvinna"));
	}

	@Test
	void aWholeMappingIsRefusedForItsOneBadRow() {
		assertThrows(
			ReportExportMappingException.class,
			() -> _rules.validate(
				Arrays.asList(
					new ReportExportMappingRow(
						"Genomförda", ReportFigureKeys.TRAINING_COMPLETED, 0,
						""),
					new ReportExportMappingRow(
						"Okänd", "training.unknown", 0, ""))));
	}

	@Test
	void everySplitSexAndEveryMethodAreSaved() {
		assertDoesNotThrow(
			() -> _rules.validate(
				Arrays.asList(
					new ReportExportMappingRow(
						"varav kvinnor", ReportFigureKeys.TRAINING_COMPLETED, 7,
						"female"),
					new ReportExportMappingRow(
						"varav okänt kön", ReportFigureKeys.TRAINING_COMPLETED,
						0, "unknown"))));
	}

	private void _assertRefused(ReportExportMappingRow reportExportMappingRow) {
		assertThrows(
			ReportExportMappingException.class,
			() -> _rules.validate(List.of(reportExportMappingRow)));
	}

	private final ReportExportMappingRules _rules =
		new ReportExportMappingRules(
			ReportFigureKeys.ALL, ReportSexes.ALL);

}
