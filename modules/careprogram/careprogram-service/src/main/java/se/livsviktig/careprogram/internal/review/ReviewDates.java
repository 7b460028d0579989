package se.livsviktig.careprogram.internal.review;

import java.time.ZoneOffset;

import java.util.Date;

/**
 * When a text is next due for review: the review plus its interval in calendar months (12 March plus 12 months is
 * 12 March a year later; 31 January plus one month is the last of February), counted in UTC so that every node of
 * a cluster gets the same date.
 *
 * @author Livsviktig
 */
public final class ReviewDates {

	public static Date nextDue(Date reviewDate, int reviewIntervalMonths) {
		return Date.from(
			reviewDate.toInstant(
			).atZone(
				ZoneOffset.UTC
			).plusMonths(
				reviewIntervalMonths
			).toInstant());
	}

	private ReviewDates() {
	}

}
