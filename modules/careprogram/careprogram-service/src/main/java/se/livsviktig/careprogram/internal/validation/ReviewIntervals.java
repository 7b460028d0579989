package se.livsviktig.careprogram.internal.validation;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.ReviewIntervalException;

/**
 * A text is reviewed at least every five years and at most monthly: outside that, a review cycle either nags its
 * owner or means nothing.
 *
 * @author Livsviktig
 */
public final class ReviewIntervals {

	public static void validate(int reviewIntervalMonths)
		throws ReviewIntervalException {

		if ((reviewIntervalMonths <
				CareProgramConstants.MIN_REVIEW_INTERVAL_MONTHS) ||
			(reviewIntervalMonths >
				CareProgramConstants.MAX_REVIEW_INTERVAL_MONTHS)) {

			throw new ReviewIntervalException(
				"A review interval is 1 to 60 months, not " +
					reviewIntervalMonths);
		}
	}

	private ReviewIntervals() {
	}

}
