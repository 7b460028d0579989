package se.livsviktig.careprogram.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * A review date reads the same on a badge and in a reminder: the day written out in the reader's language, as the
 * company's time zone counts days.
 *
 * @author Livsviktig
 */
public class ReviewDateFormatTest {

	@Test
	public void theDayIsWrittenOutInTheReadersLanguage() {
		LocalDate day = LocalDate.of(2026, 3, 12);

		assertEquals(
			"12 mars 2026",
			ReviewDateFormat.of(
				_SWEDISH, _STOCKHOLM
			).format(
				day
			));
		assertEquals(
			"12 March 2026",
			ReviewDateFormat.of(
				Locale.US, _STOCKHOLM
			).format(
				day
			));
	}

	@Test
	public void aMomentFallsOnTheCompanysDay() {

		// 23:30 UTC on 11 March is already 12 March in Stockholm.

		Date moment = Date.from(Instant.parse("2026-03-11T23:30:00Z"));

		assertEquals(
			"12 March 2026",
			ReviewDateFormat.of(
				Locale.US, _STOCKHOLM
			).format(
				moment
			));
		assertEquals(
			"11 March 2026",
			ReviewDateFormat.of(
				Locale.US, TimeZone.getTimeZone("America/New_York")
			).format(
				moment
			));
	}

	@Test
	public void noDateIsAnEmptyString() {
		ReviewDateFormat reviewDateFormat = ReviewDateFormat.of(
			_SWEDISH, _STOCKHOLM);

		assertEquals("", reviewDateFormat.format((Date)null));
		assertEquals("", reviewDateFormat.format((LocalDate)null));
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
