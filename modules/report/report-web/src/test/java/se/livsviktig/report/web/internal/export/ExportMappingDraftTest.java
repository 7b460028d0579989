package se.livsviktig.report.web.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * The editor's draft: read from the posted fields, changed by its buttons, written back as the same fields.
 *
 * @author Livsviktig
 */
public class ExportMappingDraftTest {

	@Test
	public void addingALineAppendsAnEmptyOneForTheFirstFigure() {
		List<ReportExportMappingRow> rows = _draft().apply(
			ExportMappingDraft.ADD
		).getRows();

		assertEquals(4, rows.size());
		assertEquals(
			new ReportExportMappingRow(
				"", ReportFigureKeys.ALL.get(0), 0, ReportSexes.NONE),
			rows.get(3));
	}

	@Test
	public void aMethodThatIsNotANumberIsKeptAsOneTheSaveRefuses() {
		Map<String, String> fields = new HashMap<>(_draft().toParameters());

		fields.put("trainingMethodId1", "MHFA");

		assertEquals(
			-1,
			ExportMappingDraft.fromParameters(
				fields::get
			).getRows(
			).get(
				1
			).getTrainingMethodId());
	}

	@Test
	public void aRowNumberOutOfRangeChangesNothing() {
		ExportMappingDraft exportMappingDraft = _draft();

		assertEquals(
			exportMappingDraft.getRows(),
			exportMappingDraft.apply(
				"remove-3"
			).getRows());
		assertEquals(
			exportMappingDraft.getRows(),
			exportMappingDraft.apply(
				"up-0"
			).getRows());
		assertEquals(
			exportMappingDraft.getRows(),
			exportMappingDraft.apply(
				"down-2"
			).getRows());
		assertEquals(
			exportMappingDraft.getRows(),
			exportMappingDraft.apply(
				"remove-x"
			).getRows());
	}

	@Test
	public void movingALineSwapsItWithItsNeighbour() {
		assertEquals(
			Arrays.asList(_B, _A, _C),
			_draft().apply(
				"up-1"
			).getRows());
		assertEquals(
			Arrays.asList(_A, _C, _B),
			_draft().apply(
				"down-1"
			).getRows());
	}

	@Test
	public void removingALineKeepsTheOthersInOrder() {
		assertEquals(
			Arrays.asList(_A, _C),
			_draft().apply(
				"remove-1"
			).getRows());
	}

	@Test
	public void theDraftReadsBackFromTheFieldsItWrites() {
		ExportMappingDraft exportMappingDraft = _draft();
		Map<String, String> fields = exportMappingDraft.toParameters();

		assertTrue(ExportMappingDraft.isPosted(fields::get));
		assertEquals(
			exportMappingDraft.getRows(),
			ExportMappingDraft.fromParameters(
				fields::get
			).getRows());
		assertFalse(ExportMappingDraft.isPosted(name -> null));
	}

	private ExportMappingDraft _draft() {
		return new ExportMappingDraft(Arrays.asList(_A, _B, _C));
	}

	private static final ReportExportMappingRow _A = new ReportExportMappingRow(
		"Antal anmälningar", ReportFigureKeys.TRAINING_REGISTRATIONS, 0,
		ReportSexes.NONE);

	private static final ReportExportMappingRow _B = new ReportExportMappingRow(
		"varav kvinnor", ReportFigureKeys.TRAINING_COMPLETED, 11,
		ReportSexes.FEMALE);

	private static final ReportExportMappingRow _C = new ReportExportMappingRow(
		"Timmar", ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 0,
		ReportSexes.NONE);

}
