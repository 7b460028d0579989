package se.livsviktig.careprogram.review;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.TimeZone;

/**
 * When the next review of a programme or routine falls due: its interval in calendar months after the last
 * review (or, for a text never reviewed, after it was created), at the same wall-clock time. A month is a calendar
 * month, so 31 January plus one month is the last day of February, never 3 March, and a review confirmed at 10:00
 * in winter falls due at 10:00 in summer, not 11:00.
 *
 * @author Livsviktig
 */
public final class ReviewSchedule {

	public static final int MAXIMUM_INTERVAL_MONTHS = 60;

	public static final int MINIMUM_INTERVAL_MONTHS = 1;

	/**
	 * The due date with months counted in UTC. Prefer {@link #nextDue(Date, int, TimeZone)} with the company's time
	 * zone.
	 */
	public static Date nextDue(Date reviewedOrCreated, int intervalMonths) {
		return nextDue(
			reviewedOrCreated, intervalMonths,
			TimeZone.getTimeZone(ZoneOffset.UTC));
	}

	/**
	 * @param  reviewedOrCreated the last review, or the creation date of a text never reviewed
	 * @param  intervalMonths the review interval, 1 to 60 months
	 * @param  timeZone the time zone whose calendar counts (the company's)
	 * @throws IllegalArgumentException if the interval is outside 1 to 60 months; services validate it first with
	 *         a typed exception, so this only guards against a caller that skipped the validation
	 */
	public static Date nextDue(
		Date reviewedOrCreated, int intervalMonths, TimeZone timeZone) {

		if ((intervalMonths < MINIMUM_INTERVAL_MONTHS) ||
			(intervalMonths > MAXIMUM_INTERVAL_MONTHS)) {

			throw new IllegalArgumentException(
				"Review interval must be 1 to 60 months: " + intervalMonths);
		}

		ZonedDateTime reviewed = ZonedDateTime.ofInstant(
			reviewedOrCreated.toInstant(), timeZone.toZoneId());

		return Date.from(reviewed.plusMonths(intervalMonths).toInstant());
	}

	private ReviewSchedule() {
	}

}
