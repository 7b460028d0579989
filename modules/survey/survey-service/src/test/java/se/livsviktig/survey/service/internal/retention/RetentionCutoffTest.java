package se.livsviktig.survey.service.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.service.internal.answer.ResponseDay;

/**
 * The retention line is drawn in whole days of the company's calendar, in the form response days are stored in.
 *
 * @author Livsviktig
 */
public class RetentionCutoffTest {

	@Test
	public void aResponseIsKeptUntilItsDayIsTheConfiguredMonthsOld() {
		Instant now = Instant.parse("2026-12-06T10:00:00Z");

		Date cutoff = RetentionCutoff.of(now, _STOCKHOLM, 24);

		assertEquals(Instant.parse("2024-12-06T00:00:00Z"), cutoff.toInstant());

		Date sameDayTwoYearsAgo = _responseDay("2024-12-06T08:00:00Z");
		Date dayBefore = _responseDay("2024-12-05T08:00:00Z");

		// Rows with responseDay < cutoff are purged: the day before, not the day itself.

		assertEquals(false, sameDayTwoYearsAgo.before(cutoff));
		assertEquals(true, dayBefore.before(cutoff));
	}

	@Test
	public void theCutoffFollowsTheCompanysDayNotUtcs() {

		// 23:30 UTC on 5 December is already 6 December in Stockholm.

		assertEquals(
			Instant.parse("2024-12-06T00:00:00Z"),
			RetentionCutoff.of(
				Instant.parse("2026-12-05T23:30:00Z"), _STOCKHOLM, 24
			).toInstant());
	}

	@Test
	public void twoRunsOnOneDayDrawTheSameLine() {
		assertEquals(
			RetentionCutoff.of(
				Instant.parse("2026-12-06T00:05:00Z"), _STOCKHOLM, 24),
			RetentionCutoff.of(
				Instant.parse("2026-12-06T22:55:00Z"), _STOCKHOLM, 24));
	}

	@Test
	public void aSettingBelowOneMonthKeepsOneMonth() {
		Instant now = Instant.parse("2026-12-06T10:00:00Z");

		assertEquals(
			Instant.parse("2026-11-06T00:00:00Z"),
			RetentionCutoff.of(
				now, _STOCKHOLM, 0
			).toInstant());
		assertEquals(
			Instant.parse("2026-11-06T00:00:00Z"),
			RetentionCutoff.of(
				now, _STOCKHOLM, -5
			).toInstant());
	}

	private Date _responseDay(String instant) {
		return ResponseDay.of(
			Instant.parse(instant), _STOCKHOLM
		).getResponseDay();
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
