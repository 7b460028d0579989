package se.livsviktig.careprogram.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import java.util.Date;

/**
 * Whole calendar days between two moments as a person in a time zone counts them. A review falls due on a day,
 * not at an instant, and across a daylight-saving change a day is 23 or 25 hours long, so counting 24-hour blocks
 * (or UTC dates) puts "due in 30 days" and "due today" on the wrong day near midnight.
 *
 * @author Livsviktig
 */
public final class ReviewDays {

	/**
	 * @return the days from {@code from}'s date to {@code to}'s date in the zone; negative when {@code to} is
	 *         earlier
	 */
	public static long between(Date from, Date to, ZoneId zoneId) {
		return ChronoUnit.DAYS.between(dayOf(from, zoneId), dayOf(to, zoneId));
	}

	public static LocalDate dayOf(Date date, ZoneId zoneId) {
		return LocalDate.ofInstant(date.toInstant(), zoneId);
	}

	private ReviewDays() {
	}

}
