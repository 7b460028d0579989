package se.livsviktig.survey.service.internal.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * A response keeps only its day (in the company's zone) and month, never a time that could order or match it.
 *
 * @author Livsviktig
 */
public class ResponseDayTest {

	@Test
	public void responseDayIsMidnightUtcOfTheCompanysDay() {
		ResponseDay responseDay = ResponseDay.of(
			Instant.parse("2026-12-06T14:37:12.345Z"), _STOCKHOLM);

		assertEquals(
			Instant.parse("2026-12-06T00:00:00Z"),
			responseDay.getResponseDay(
			).toInstant());
	}

	@Test
	public void responsesOfOneDayStoreTheSameValue() {
		ResponseDay morning = ResponseDay.of(
			Instant.parse("2026-06-10T04:01:00Z"), _STOCKHOLM);
		ResponseDay evening = ResponseDay.of(
			Instant.parse("2026-06-10T21:59:59Z"), _STOCKHOLM);

		assertEquals(morning.getResponseDay(), evening.getResponseDay());
		assertEquals(morning.getResponseMonth(), evening.getResponseMonth());
	}

	@Test
	public void theDayIsTheCompanysNotUtcs() {

		// 23:30 UTC on 31 May is 01:30 on 1 June in Stockholm (summer time, UTC+2).

		ResponseDay responseDay = ResponseDay.of(
			Instant.parse("2026-05-31T23:30:00Z"), _STOCKHOLM);

		assertEquals(LocalDate.of(2026, 6, 1), responseDay.getLocalDate());
		assertEquals(
			Instant.parse("2026-06-01T00:00:00Z"),
			responseDay.getResponseDay(
			).toInstant());
		assertEquals(202606, responseDay.getResponseMonth());

		assertEquals(
			202605,
			ResponseDay.of(
				Instant.parse("2026-05-31T23:30:00Z"), ZoneId.of("UTC")
			).getResponseMonth());
	}

	@Test
	public void responseMonthIsYearAndMonth() {
		assertEquals(
			202601,
			ResponseDay.of(
				Instant.parse("2026-01-15T12:00:00Z"), _STOCKHOLM
			).getResponseMonth());
		assertEquals(
			202612,
			ResponseDay.of(
				Instant.parse("2026-12-31T12:00:00Z"), _STOCKHOLM
			).getResponseMonth());
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
