package se.livsviktig.careprogram.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ReviewScheduleTest {

	@Test
	public void intervalOutsideOneToSixtyMonthsIsRefused() {
		Date reviewed = _date("2026-01-15T09:00:00Z");

		assertThrows(
			IllegalArgumentException.class,
			() -> ReviewSchedule.nextDue(reviewed, 0, _STOCKHOLM));
		assertThrows(
			IllegalArgumentException.class,
			() -> ReviewSchedule.nextDue(reviewed, 61, _STOCKHOLM));
		assertEquals(
			_date("2031-01-15T09:00:00Z"),
			ReviewSchedule.nextDue(reviewed, 60, _STOCKHOLM));
	}

	@Test
	public void monthsAreCountedInTheCompanysCalendar() {

		// 1 March 00:30 in Stockholm is 28 February 23:30 UTC: a month later is 1 April in Stockholm, not 28 March

		assertEquals(
			_date("2026-03-31T22:30:00Z"),
			ReviewSchedule.nextDue(
				_date("2026-02-28T23:30:00Z"), 1, _STOCKHOLM));
	}

	@Test
	public void oneMonthAfterThe31stOfJanuaryIsTheLastDayOfFebruary() {
		assertEquals(
			_date("2026-02-28T09:00:00Z"),
			ReviewSchedule.nextDue(
				_date("2026-01-31T09:00:00Z"), 1, _STOCKHOLM));
		assertEquals(
			_date("2028-02-29T09:00:00Z"),
			ReviewSchedule.nextDue(
				_date("2028-01-31T09:00:00Z"), 1, _STOCKHOLM));
	}

	@Test
	public void twelveMonthsAfterALeapDayIsThe28thOfFebruary() {
		assertEquals(
			_date("2029-02-28T09:00:00Z"),
			ReviewSchedule.nextDue(
				_date("2028-02-29T09:00:00Z"), 12, _STOCKHOLM));
	}

	@Test
	public void wallClockTimeIsKeptAcrossDaylightSaving() {

		// Confirmed 15 January 10:00 CET (09:00 UTC); due 15 July 10:00 CEST (08:00 UTC)

		assertEquals(
			_date("2026-07-15T08:00:00Z"),
			ReviewSchedule.nextDue(
				_date("2026-01-15T09:00:00Z"), 6, _STOCKHOLM));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
