package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
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

	private OverviewTables _overviewTables() {
		NumberFormat numberFormat = NumberFormat.getNumberInstance(
			new Locale("sv", "SE"));

		numberFormat.setMaximumFractionDigits(1);

		Map<Long, String> organizations = Map.of(
			41L, "Socialförvaltningen", 43L, "Utbildningsförvaltningen");
		Map<Long, String> methods = Map.of(7L, "MHFA", 8L, "Psyk-E");

		return new OverviewTables(
			key -> "label:" + key, organizations::get, methods::get,
			"Hela organisationen", numberFormat);
	}

}
