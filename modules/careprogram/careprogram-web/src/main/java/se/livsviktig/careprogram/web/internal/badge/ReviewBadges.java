package se.livsviktig.careprogram.web.internal.badge;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

import se.livsviktig.careprogram.review.ReviewDateFormat;
import se.livsviktig.careprogram.review.ReviewState;
import se.livsviktig.careprogram.review.ReviewStatus;

/**
 * Writes a review status as the badge readers see, in one reader's language. Dates are careprogram-api's
 * {@link ReviewDateFormat}, as the reminders write them: written out ("12 mars 2026", "12 March 2026"), and the
 * day the company's, since a review falls due on a day in the company's time zone.
 *
 * @author Livsviktig
 */
public class ReviewBadges {

	/**
	 * @param resourceBundle  the web bundle's Language resource bundle in the reader's language
	 * @param companyTimeZone the company's time zone, whose day a review date falls on
	 */
	public ReviewBadges(
		ResourceBundle resourceBundle, Locale locale,
		TimeZone companyTimeZone) {

		_resourceBundle = resourceBundle;
		_reviewDateFormat = ReviewDateFormat.of(locale, companyTimeZone);
	}

	public ReviewBadge badge(ReviewStatus reviewStatus) {
		return badge(
			reviewStatus.getReviewState(), reviewStatus.getLastReviewDate(),
			reviewStatus.getNextReviewDate(), reviewStatus.getOverdueSince());
	}

	/**
	 * @param lastReviewDate  null when the text was never reviewed
	 * @param nextReviewDate  when the next review is due
	 * @param overdueSince    the due date that passed, for an overdue text
	 */
	public ReviewBadge badge(
		ReviewState reviewState, Date lastReviewDate, Date nextReviewDate,
		Date overdueSince) {

		if (reviewState == ReviewState.OWNERLESS) {
			return new ReviewBadge(_text("review-badge-no-owner"), "danger");
		}

		if (reviewState == ReviewState.OVERDUE) {
			return new ReviewBadge(
				_text("review-badge-overdue-since-x", overdueSince), "danger");
		}

		if (reviewState == ReviewState.DUE_SOON) {
			return new ReviewBadge(
				_text("review-badge-due-by-x", nextReviewDate), "warning");
		}

		if (lastReviewDate == null) {

			// A new text is on time until its first due date, but "Granskad" would claim a review nobody did.

			return new ReviewBadge(
				_text("review-badge-first-review-by-x", nextReviewDate),
				"secondary");
		}

		return new ReviewBadge(
			_text("review-badge-reviewed-x", lastReviewDate), "success");
	}

	/**
	 * How a programme's administrations keep their routines, for the programme list: "3 av 4 förvaltningar
	 * granskade i tid". A routine without an owner still counts as on time until its due day has passed: the owner
	 * leaving does not make the text wrong, the missed review does.
	 *
	 * @param routineReviewStatuses the status of each administration's routine of one programme
	 */
	public String summary(List<ReviewStatus> routineReviewStatuses) {
		if (routineReviewStatuses.isEmpty()) {
			return _text("no-administration-has-a-local-routine-yet");
		}

		int onTime = 0;

		for (ReviewStatus reviewStatus : routineReviewStatuses) {
			if (reviewStatus.getOverdueSince() == null) {
				onTime++;
			}
		}

		return _text(
			"x-of-x-administrations-reviewed-on-time"
		).replace(
			"{0}", String.valueOf(onTime)
		).replace(
			"{1}", String.valueOf(routineReviewStatuses.size())
		);
	}

	/**
	 * @return the date's day in the company's time zone, in the reader's language, e.g. "12 mars 2026"; an empty
	 *         string for none
	 */
	public String formatDate(Date date) {
		return _reviewDateFormat.format(date);
	}

	private String _text(String key) {
		return _resourceBundle.getString(key);
	}

	private String _text(String key, Date date) {
		return _text(
			key
		).replace(
			"{0}", formatDate(date)
		);
	}

	private final ResourceBundle _resourceBundle;
	private final ReviewDateFormat _reviewDateFormat;

}
