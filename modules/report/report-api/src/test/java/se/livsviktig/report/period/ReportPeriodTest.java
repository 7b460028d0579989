package se.livsviktig.report.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;

/**
 * @author Livsviktig
 */
class ReportPeriodTest {

	@Test
	void aPeriodOfExactlyFiveYearsIsAllowed() throws Exception {
		ReportPeriod reportPeriod = ReportPeriod.of(
			LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), _STOCKHOLM);

		assertEquals(
			Date.from(Instant.parse("2025-12-31T23:00:00Z")),
			reportPeriod.getTo());
	}

	@Test
	void aPeriodOverFiveYearsIsRefused() {
		assertThrows(
			ReportPeriodLengthException.class,
			() -> ReportPeriod.of(
				LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1),
				_STOCKHOLM));
	}

	@Test
	void aYearRunsFromItsFirstMomentToTheNextYearsInTheCompanysZone() {
		ReportPeriod reportPeriod = ReportPeriod.ofYear(2026, _STOCKHOLM);

		assertEquals(
			Date.from(Instant.parse("2025-12-31T23:00:00Z")),
			reportPeriod.getFrom());
		assertEquals(
			Date.from(Instant.parse("2026-12-31T23:00:00Z")),
			reportPeriod.getTo());
	}

	@Test
	void oneDayIsAPeriod() throws Exception {
		ReportPeriod reportPeriod = ReportPeriod.of(
			LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), _STOCKHOLM);

		assertEquals(
			Date.from(Instant.parse("2026-03-01T23:00:00Z")),
			reportPeriod.getTo());
	}

	@Test
	void theEndBeforeTheStartIsRefused() {
		assertThrows(
			ReportPeriodEndException.class,
			() -> ReportPeriod.of(
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
				_STOCKHOLM));
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
