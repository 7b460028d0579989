package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;

/**
 * The overview's tables: figures in the report's order, one column per method, one row per administration by
 * name with the company-wide row first, each row's total, in the reader's number format.
 *
 * @author Livsviktig
 */
class OverviewTablesTest {

	@Test
	void aFigureIsARowPerAdministrationAndAColumnPerMethod() {
		List<FigureTable> tables = _overviewTables().toTables(
			List.of(
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 43, 7, 5),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7, 1200),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 8, 4)));

		assertEquals(1, tables.size());

		FigureTable table = tables.get(0);

		assertEquals("label:figure.training.registrations", table.getLabel());
		assertEquals(List.of("MHFA", "Psyk-E"), table.getMethodNames());
		assertEquals(2, table.getRows().size());

		FigureRow social = table.getRows().get(0);

		assertEquals("Socialförvaltningen", social.getHeader());
		assertEquals(List.of("1\u00a0200", "4"), social.getValues());
		assertEquals("1\u00a0204", social.getTotal());

		FigureRow school = table.getRows().get(1);

		assertEquals("Utbildningsförvaltningen", school.getHeader());
		assertEquals(List.of("5", "0"), school.getValues());
		assertTrue(table.getChartSvg().contains(">Socialförvaltningen</text>"));
	}

	@Test
	void figuresComeInTheReportsOrderWithTheWholeOrganisationFirst() {
		List<FigureTable> tables = _overviewTables().toTables(
			List.of(
				new ReportFigure(
					ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 41, 7, 10.5),
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 3),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7, 12),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 0, 7, 2)));

		assertEquals(
			List.of(
				ReportFigureKeys.TRAINING_SESSIONS_HELD,
				ReportFigureKeys.TRAINING_REGISTRATIONS,
				ReportFigureKeys.TRAINING_PARTICIPANT_HOURS),
			List.of(
				tables.get(0).getFigureKey(), tables.get(1).getFigureKey(),
				tables.get(2).getFigureKey()));
		assertEquals(
			"Hela organisationen",
			tables.get(
				1
			).getRows(
			).get(
				0
			).getHeader());
		assertEquals(
			"10,5",
			tables.get(
				2
			).getRows(
			).get(
				0
			).getTotal());
	}

	@Test
	void aPersonBasedFigureIsAlsoSplitByWomenMenAndUnknown() {
		List<FigureTable> tables = _overviewTables().toTables(
			List.of(
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7,
					ReportSexes.FEMALE, 9),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 8,
					ReportSexes.FEMALE, 1),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7,
					ReportSexes.MALE, 4),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7,
					ReportSexes.UNKNOWN, 2),
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 43, 7,
					ReportSexes.MALE, 3),
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 5)));

		FigureTable held = tables.get(0);

		assertFalse(held.isSplitBySex(), "sessions are not about people");
		assertNull(held.getSexChartSvg());

		FigureTable registrations = tables.get(1);

		assertEquals(
			List.of("15", "1"),
			registrations.getRows(
			).get(
				0
			).getValues(),
			"the table per method is still summed over sex");
		assertEquals(
			"label:x-by-sex".replace(
				"{0}", "label:figure.training.registrations"),
			registrations.getSexLabel());
		assertEquals(
			List.of("label:sex.female", "label:sex.male", "label:sex.unknown"),
			registrations.getSexNames());

		List<FigureRow> sexRows = registrations.getSexRows();

		assertEquals(2, sexRows.size());
		assertEquals("Socialförvaltningen", sexRows.get(0).getHeader());
		assertEquals(List.of("10", "4", "2"), sexRows.get(0).getValues());
		assertEquals("16", sexRows.get(0).getTotal());
		assertEquals("Utbildningsförvaltningen", sexRows.get(1).getHeader());
		assertEquals(List.of("0", "3", "0"), sexRows.get(1).getValues());
		assertEquals("3", sexRows.get(1).getTotal());
		assertTrue(
			registrations.getSexChartSvg(
			).contains(
				">label:sex.female</text>"
			));
		assertTrue(registrations.getSexChartSvg().contains(">10</text>"));
	}

	@Test
	void eachNumberLinksToTheSessionsBehindItsCell() {
		List<FigureTable> tables = _overviewTables().toTables(
			List.of(
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7,
					ReportSexes.FEMALE, 9),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, 41, 0, 2)));

		FigureRow methodRow = tables.get(
			0
		).getRows(
		).get(
			0
		);

		assertEquals(
			"training.registrations/41/7/",
			methodRow.getCells(
			).get(
				0
			).getDrillDownURL());
		assertEquals(
			"training.registrations/41/0/",
			methodRow.getTotalCell(
			).getDrillDownURL());

		FigureRow sexRow = tables.get(
			0
		).getSexRows(
		).get(
			0
		);

		assertEquals(
			"training.registrations/41/0/female",
			sexRow.getCells(
			).get(
				0
			).getDrillDownURL());
		assertEquals(
			"training.registrations/41/0/",
			sexRow.getTotalCell(
			).getDrillDownURL());

		assertNull(
			tables.get(
				1
			).getRows(
			).get(
				0
			).getCells(
			).get(
				0
			).getDrillDownURL(),
			"a figure without a drill-down is a number alone");
	}

	@Test
	void aRowsDrillDownCountsWhatTheRowCounts() {
		assertTrue(
			OverviewTables.rowRolledUp(0, false, 41),
			"every administration: each row with everything under it");
		assertTrue(
			OverviewTables.rowRolledUp(41, true, 42),
			"a chosen administration rolled up: its sub-organisations");
		assertFalse(
			OverviewTables.rowRolledUp(41, false, 41),
			"a chosen administration alone: its own registrations");
		assertFalse(
			OverviewTables.rowRolledUp(0, false, 0),
			"the row of no administration");
	}

	private OverviewTables _overviewTables() {
		NumberFormat numberFormat = NumberFormat.getNumberInstance(
			new Locale("sv", "SE"));

		numberFormat.setMaximumFractionDigits(1);

		Map<Long, String> organizations = Map.of(
			41L, "Socialförvaltningen", 43L, "Utbildningsförvaltningen");
		Map<Long, String> methods = Map.of(7L, "MHFA", 8L, "Psyk-E");

		return new OverviewTables(
			key -> "label:" + key, organizations::get, methods::get,
			"Hela organisationen", numberFormat,
			(figureKey, organizationId, trainingMethodId, sex) ->
				figureKey.startsWith("training.") ?
					figureKey + "/" + organizationId + "/" + trainingMethodId +
						"/" + sex : null);
	}

}
