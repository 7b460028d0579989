package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.text.NumberFormat;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.model.ReportFreeze;

/**
 * A freeze's row: its period as first and last day and its times in the company's zone; a withdrawn one says by
 * whom, when and why. A difference: both values and the change with its sign.
 *
 * @author Livsviktig
 */
class FreezeAndDifferenceRowsTest {

	@Test
	void aDifferenceShowsBothValuesAndTheSignedChange() {
		NumberFormat numberFormat = NumberFormat.getNumberInstance(
			new Locale("sv", "SE"));

		List<DifferenceRow> rows = new DifferenceRows(
			key -> "label:" + key, Map.of(41L, "Socialförvaltningen")::get,
			Map.of(7L, "MHFA")::get, "Hela organisationen", numberFormat
		).toRows(
			List.of(
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_COMPLETED, 41, 7, 10, 13),
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 4, 2))
		);

		DifferenceRow raised = rows.get(0);

		assertEquals("label:figure.training.completed", raised.getFigure());
		assertEquals("Socialförvaltningen", raised.getAdministration());
		assertEquals("MHFA", raised.getMethod());
		assertEquals("10", raised.getFrozen());
		assertEquals("13", raised.getCurrent());
		assertEquals("+3", raised.getDifference());

		DifferenceRow lowered = rows.get(1);

		assertEquals("Hela organisationen", lowered.getAdministration());
		assertEquals("\u22122", lowered.getDifference());
	}

	@Test
	void aFreezeIsItsPeriodsDaysAndItsTimesInTheCompanysZone() {
		ReportFreeze reportFreeze = _freeze(ReportConstants.STATUS_FROZEN, 0);

		FreezeRow freezeRow = _freezeRows().toRow(reportFreeze);

		assertEquals("2025-01-01 – 2025-12-31", freezeRow.getPeriod());
		assertEquals("2026-01-20 10:30", freezeRow.getFrozenAt());
		assertEquals("Anna Andersson", freezeRow.getFrozenBy());
		assertEquals("Alla förvaltningar", freezeRow.getScope());
		assertEquals("frozen", freezeRow.getStatusKey());
		assertEquals("", freezeRow.getUnfreezeReason());
	}

	@Test
	void aWithdrawnFreezeSaysByWhomWhenAndWhy() {
		ReportFreeze reportFreeze = _freeze(
			ReportConstants.STATUS_UNFROZEN, 41);

		when(reportFreeze.getUnfrozenByUserName()).thenReturn("Ali Hassan");
		when(
			reportFreeze.getUnfrozenDate()
		).thenReturn(
			Date.from(Instant.parse("2026-02-01T08:00:00Z"))
		);
		when(reportFreeze.getUnfreezeReason()).thenReturn("Fel år");

		FreezeRow freezeRow = _freezeRows().toRow(reportFreeze);

		assertEquals("unfrozen", freezeRow.getStatusKey());
		assertEquals("Socialförvaltningen", freezeRow.getScope());
		assertEquals("Ali Hassan", freezeRow.getUnfrozenBy());
		assertEquals("2026-02-01 09:00", freezeRow.getUnfrozenAt());
		assertEquals("Fel år", freezeRow.getUnfreezeReason());
	}

	private ReportFreeze _freeze(int status, long organizationId) {
		ReportFreeze reportFreeze = mock(ReportFreeze.class);

		when(reportFreeze.getReportFreezeId()).thenReturn(701L);
		when(reportFreeze.getUserName()).thenReturn("Anna Andersson");
		when(
			reportFreeze.getCreateDate()
		).thenReturn(
			Date.from(Instant.parse("2026-01-20T09:30:00Z"))
		);
		when(
			reportFreeze.getPeriodFrom()
		).thenReturn(
			Date.from(Instant.parse("2024-12-31T23:00:00Z"))
		);
		when(
			reportFreeze.getPeriodTo()
		).thenReturn(
			Date.from(Instant.parse("2025-12-31T23:00:00Z"))
		);
		when(reportFreeze.getOrganizationId()).thenReturn(organizationId);
		when(reportFreeze.getStatus()).thenReturn(status);

		return reportFreeze;
	}

	private FreezeRows _freezeRows() {
		return new FreezeRows(
			ZoneId.of("Europe/Stockholm"),
			Map.of(41L, "Socialförvaltningen")::get, "Alla förvaltningar");
	}

}
