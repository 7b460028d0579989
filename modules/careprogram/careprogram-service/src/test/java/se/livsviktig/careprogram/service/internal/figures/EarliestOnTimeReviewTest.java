package se.livsviktig.careprogram.service.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.review.ReviewSchedule;

/**
 * @author Livsviktig
 */
class EarliestOnTimeReviewTest {

	@Test
	void aReviewOnTheEarliestMomentIsOnTimeAndOneMillisecondBeforeIsLate() {
		for (LocalDate day = LocalDate.of(2027, 1, 1);
			 day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {

			Date judgingDayStart = Date.from(
				day.atStartOfDay(
					_STOCKHOLM.toZoneId()
				).toInstant());

			for (int months = ReviewSchedule.MINIMUM_INTERVAL_MONTHS;
				 months <= ReviewSchedule.MAXIMUM_INTERVAL_MONTHS; months++) {

				Date earliest = EarliestOnTimeReview.of(
					judgingDayStart, months, _STOCKHOLM);

				String message = day + ", " + months + " months: " + earliest;

				assertFalse(
					ReviewSchedule.nextDue(
						earliest, months, _STOCKHOLM
					).before(
						judgingDayStart
					),
					message);
				assertTrue(
					ReviewSchedule.nextDue(
						new Date(earliest.getTime() - 1), months, _STOCKHOLM
					).before(
						judgingDayStart
					),
					message);
			}
		}
	}

	@Test
	void fromAMonthsEndTheEarliestReviewIsTheDayAfterTheShorterMonthsLastDay() {
		Date earliest = EarliestOnTimeReview.of(
			_startOf(LocalDate.of(2027, 3, 30)), 1, _STOCKHOLM);

		assertEquals(_startOf(LocalDate.of(2027, 3, 1)), earliest);
	}

	@Test
	void theCompanysCalendarCountsNotUtc() {
		Date earliest = EarliestOnTimeReview.of(
			_startOf(LocalDate.of(2027, 8, 1)), 6, _STOCKHOLM);

		// 1 February 00:00 in Stockholm is 31 January 23:00 UTC: a review then is due on 1 August in Stockholm

		assertEquals(_startOf(LocalDate.of(2027, 2, 1)), earliest);
	}

	private static Date _startOf(LocalDate localDate) {
		return Date.from(
			localDate.atStartOfDay(
				ZoneId.of("Europe/Stockholm")
			).toInstant());
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
