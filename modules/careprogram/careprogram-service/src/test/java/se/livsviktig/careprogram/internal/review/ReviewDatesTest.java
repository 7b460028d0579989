package se.livsviktig.careprogram.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import java.util.Date;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ReviewDatesTest {

	@Test
	public void nextDueIsTheReviewPlusTheIntervalInCalendarMonths() {
		assertEquals(
			_date("2027-03-12T09:30:00Z"),
			ReviewDates.nextDue(_date("2026-03-12T09:30:00Z"), 12));
		assertEquals(
			_date("2026-09-12T09:30:00Z"),
			ReviewDates.nextDue(_date("2026-03-12T09:30:00Z"), 6));
	}

	@Test
	public void aMonthAfterTheLastOfJanuaryIsTheLastOfFebruary() {
		assertEquals(
			_date("2026-02-28T12:00:00Z"),
			ReviewDates.nextDue(_date("2026-01-31T12:00:00Z"), 1));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

}
