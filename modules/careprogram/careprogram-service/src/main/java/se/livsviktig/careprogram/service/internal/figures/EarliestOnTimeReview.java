package se.livsviktig.careprogram.service.internal.figures;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.TimeZone;

import se.livsviktig.careprogram.review.ReviewSchedule;

/**
 * The earliest review after which a routine is still on time on a given day: the app's own rule says a routine is
 * on time while its next review ({@link ReviewSchedule#nextDue(Date, int, TimeZone)}, calendar months in the
 * company's time zone) falls on that day or later. Computed here, in Java, with the same calendar, so that the
 * statement only compares the last review with one moment per interval and no database has to add months (which
 * PostgreSQL and MariaDB spell, and clamp to a month's end, differently).
 *
 * @author Livsviktig
 */
public final class EarliestOnTimeReview {

	/**
	 * @param  judgingDayStart the first moment of the day the routine is judged on, in the company's time zone
	 * @param  intervalMonths the review interval, 1 to 60 months
	 * @return the earliest moment r with {@code ReviewSchedule.nextDue(r, intervalMonths, timeZone)} on or after
	 *         {@code judgingDayStart}
	 */
	public static Date of(
		Date judgingDayStart, int intervalMonths, TimeZone timeZone) {

		ZoneId zoneId = timeZone.toZoneId();

		ZonedDateTime judgingDay = ZonedDateTime.ofInstant(
			judgingDayStart.toInstant(), zoneId);

		ZonedDateTime earliest = judgingDay.minusMonths(intervalMonths);

		// Going back clamps to a shorter month's last day (30 March less one month is 28 February), and from
		// there the interval only reaches 28 March: then the earliest review is the start of the following day

		if (earliest.plusMonths(
				intervalMonths
			).isBefore(
				judgingDay
			)) {

			earliest = earliest.toLocalDate(
			).plusDays(
				1
			).atStartOfDay(
				zoneId
			);
		}

		return Date.from(earliest.toInstant());
	}

	private EarliestOnTimeReview() {
	}

}
