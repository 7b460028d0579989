package se.livsviktig.report.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.figures.ReportFigure;

/**
 * Each line of the export adds up the figures its row names, and nothing else.
 *
 * @author Livsviktig
 */
class ReportExportLayoutTest {

	@Test
	void aFigureWithNoValuesInThePeriodExportsZero() throws Exception {
		assertEquals(
			List.of(new ReportExportLine(_row(_NO_SHOW, 0), 0)),
			_layout.layOut(List.of(_row(_NO_SHOW, 0)), _FIGURES));
	}

	@Test
	void aLineForEveryMethodAddsUpEveryAdministrationAndMethod()
		throws Exception {

		assertEquals(
			List.of(new ReportExportLine(_row(_COMPLETED, 0), 3 + 5 + 7)),
			_layout.layOut(List.of(_row(_COMPLETED, 0)), _FIGURES));
	}

	@Test
	void aLineForOneMethodAddsUpThatMethodOnly() throws Exception {
		assertEquals(
			List.of(new ReportExportLine(_row(_COMPLETED, _MHFA), 3 + 5)),
			_layout.layOut(List.of(_row(_COMPLETED, _MHFA)), _FIGURES));
	}

	@Test
	void aLineForOneSexAddsUpThatSexOnly() throws Exception {
		ReportExportMappingRow women = new ReportExportMappingRow(
			"varav kvinnor", _PARTICIPANTS, 0, ReportSexes.FEMALE);

		assertEquals(
			List.of(new ReportExportLine(women, 4 + 6)),
			_layout.layOut(List.of(women), _FIGURES));
	}

	@Test
	void aLineForEverySexAddsUpEverySex() throws Exception {
		assertEquals(
			List.of(new ReportExportLine(_row(_PARTICIPANTS, 0), 4 + 2 + 1 + 6)),
			_layout.layOut(List.of(_row(_PARTICIPANTS, 0)), _FIGURES));
	}

	@Test
	void aSavedRowNamingAFigureTheReportNoLongerKnowsIsRefusedOnExport() {
		assertThrows(
			ReportExportMappingException.class,
			() -> _layout.layOut(
				List.of(_row(_COMPLETED, 0), _row("training.withdrawn", 0)),
				_FIGURES));
	}

	@Test
	void linesKeepTheMappingsOrder() throws Exception {
		List<ReportExportLine> reportExportLines = _layout.layOut(
			Arrays.asList(_row(_HOURS, 0), _row(_COMPLETED, _PSYKE)),
			_FIGURES);

		assertEquals(
			Arrays.asList(
				new ReportExportLine(_row(_HOURS, 0), 24.5),
				new ReportExportLine(_row(_COMPLETED, _PSYKE), 7)),
			reportExportLines);
	}

	private static ReportExportMappingRow _row(
		String figureKey, long trainingMethodId) {

		return new ReportExportMappingRow(
			"Rad " + figureKey, figureKey, trainingMethodId, "");
	}

	private static final String _COMPLETED =
		ReportFigureKeys.TRAINING_COMPLETED;

	private static final String _HOURS =
		ReportFigureKeys.TRAINING_PARTICIPANT_HOURS;

	private static final long _MHFA = 11;

	private static final String _NO_SHOW = ReportFigureKeys.TRAINING_NO_SHOW;

	private static final String _PARTICIPANTS =
		ReportFigureKeys.TRAINING_PARTICIPANTS;

	private static final long _PSYKE = 12;

	private static final List<ReportFigure> _FIGURES = Arrays.asList(
		new ReportFigure(_COMPLETED, 101, _MHFA, 3),
		new ReportFigure(_COMPLETED, 102, _MHFA, 5),
		new ReportFigure(_COMPLETED, 101, _PSYKE, 7),
		new ReportFigure(
			ReportFigureKeys.TRAINING_REGISTRATIONS, 101, _MHFA, 100),
		new ReportFigure(_HOURS, 101, _MHFA, 24.5),
		new ReportFigure(_PARTICIPANTS, 101, _MHFA, ReportSexes.FEMALE, 4),
		new ReportFigure(_PARTICIPANTS, 101, _MHFA, ReportSexes.MALE, 2),
		new ReportFigure(_PARTICIPANTS, 101, _MHFA, ReportSexes.UNKNOWN, 1),
		new ReportFigure(_PARTICIPANTS, 102, _PSYKE, ReportSexes.FEMALE, 6));

	private final ReportExportLayout _layout = new ReportExportLayout(
		new ReportExportMappingRules(
			ReportFigureKeys.ALL, ReportSexes.ALL));

}
