package se.livsviktig.careprogram.review;

import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.TimeZone;

/**
 * Computes the badge of a programme or routine. A text is due on its due DAY in the company's time zone: on that
 * day it is still "due soon" (due today), from the next day it is overdue, and the badge names the missed date.
 *
 * @author Livsviktig
 */
public final class ReviewStatuses {

	/**
	 * The status with days counted in UTC. Prefer {@link #of(long, boolean, Date, Date, Date, int, TimeZone)} with
	 * the company's time zone: in Sweden a UTC day starts at 01:00 or 02:00.
	 */
	public static ReviewStatus of(
		long ownerUserId, boolean ownerActive, Date lastReviewDate,
		Date nextReviewDate, Date now, int reminderDaysBeforeDue) {

		return of(
			ownerUserId, ownerActive, lastReviewDate, nextReviewDate, now,
			reminderDaysBeforeDue, TimeZone.getTimeZone(ZoneOffset.UTC));
	}

	/**
	 * @param  ownerUserId the owner, {@code 0} when the text has none ("utan ägare")
	 * @param  ownerActive whether the owner's account is active; an inactive owner reviews nothing
	 * @param  nextReviewDate when the next review is due; {@code null} (never scheduled) counts as due now
	 * @param  reminderDaysBeforeDue how many days before its due day a text counts as due soon
	 * @param  timeZone the time zone whose calendar days count (the company's)
	 */
	public static ReviewStatus of(
		long ownerUserId, boolean ownerActive, Date lastReviewDate,
		Date nextReviewDate, Date now, int reminderDaysBeforeDue,
		TimeZone timeZone) {

		ZoneId zoneId = timeZone.toZoneId();

		Date overdueSince = null;

		if ((nextReviewDate != null) &&
			(ReviewDays.between(nextReviewDate, now, zoneId) > 0)) {

			overdueSince = nextReviewDate;
		}

		return new ReviewStatus(
			_state(
				ownerUserId, ownerActive, nextReviewDate, now,
				reminderDaysBeforeDue, zoneId, overdueSince),
			lastReviewDate, nextReviewDate, overdueSince);
	}

	private static ReviewState _state(
		long ownerUserId, boolean ownerActive, Date nextReviewDate, Date now,
		int reminderDaysBeforeDue, ZoneId zoneId, Date overdueSince) {

		if ((ownerUserId <= 0) || !ownerActive) {
			return ReviewState.OWNERLESS;
		}

		if (overdueSince != null) {
			return ReviewState.OVERDUE;
		}

		if ((nextReviewDate == null) ||
			(ReviewDays.between(now, nextReviewDate, zoneId) <=
				reminderDaysBeforeDue)) {

			return ReviewState.DUE_SOON;
		}

		return ReviewState.REVIEWED;
	}

	private ReviewStatuses() {
	}

}
