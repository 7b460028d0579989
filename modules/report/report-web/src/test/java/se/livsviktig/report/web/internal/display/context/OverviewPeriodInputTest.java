package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.period.ReportPeriod;

/**
 * The overview's period: the last full year unless the reader chose a year or two days; bad days are refused.
 *
 * @author Livsviktig
 */
class OverviewPeriodInputTest {

	@Test
	void aChosenYearIsThatYear() throws Exception {
		assertEquals(
			ReportPeriod.ofYear(2023, _STOCKHOLM),
			OverviewPeriodInput.parse("2023", "", "", _STOCKHOLM, _TODAY));
	}

	@Test
	void aLastDayBeforeTheFirstIsRefused() {
		assertThrows(
			ReportPeriodEndException.class,
			() -> OverviewPeriodInput.parse(
				"2025", "2025-06-01", "2025-05-31", _STOCKHOLM, _TODAY));
	}

	@Test
	void aPeriodOverFiveYearsIsRefused() {
		assertThrows(
			ReportPeriodLengthException.class,
			() -> OverviewPeriodInput.parse(
				"", "2019-01-01", "2024-01-01", _STOCKHOLM, _TODAY));
	}

	@Test
	void bothDaysAreUsedInsteadOfTheYear() throws Exception {
		assertEquals(
			ReportPeriod.of(
				LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31),
				_STOCKHOLM),
			OverviewPeriodInput.parse(
				"2023", "2025-03-01", "2025-08-31", _STOCKHOLM, _TODAY));
	}

	@Test
	void dayThatIsNoDateIsRefused() {
		assertThrows(
			DateTimeParseException.class,
			() -> OverviewPeriodInput.parse(
				"", "1 mars", "2025-08-31", _STOCKHOLM, _TODAY));
		assertThrows(
			NumberFormatException.class,
			() -> OverviewPeriodInput.parse(
				"tjugo", "", "", _STOCKHOLM, _TODAY));
	}

	@Test
	void withoutAChoiceItIsTheLastFullYear() throws Exception {
		assertEquals(
			ReportPeriod.ofYear(2025, _STOCKHOLM),
			OverviewPeriodInput.parse("", "", "", _STOCKHOLM, _TODAY));
		assertEquals(
			ReportPeriod.ofYear(2025, _STOCKHOLM),
			OverviewPeriodInput.parse(
				null, "2025-03-01", null, _STOCKHOLM, _TODAY),
			"one day alone is no period");
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final LocalDate _TODAY = LocalDate.of(2026, 3, 12);

}
