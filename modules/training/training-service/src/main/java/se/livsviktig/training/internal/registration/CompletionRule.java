package se.livsviktig.training.internal.registration;

import se.livsviktig.training.constants.RegistrationConstants;

/**
 * The outcome of a participant's attendance under their method's rule: completed when they attended at least
 * the method's required share of the session dates (default 100 %: every date), a no-show when they attended
 * none, otherwise not completed.
 *
 * @author Livsviktig
 */
public class CompletionRule {

	public CompletionRule(int requiredAttendancePercent) {
		if ((requiredAttendancePercent < 1) ||
			(requiredAttendancePercent > 100)) {

			throw new IllegalArgumentException(
				"Required attendance " + requiredAttendancePercent +
					" % is not between 1 and 100");
		}

		_requiredAttendancePercent = requiredAttendancePercent;
	}

	public int getStatus(int sessionDates, int attendedDates) {
		if (attendedDates <= 0) {
			return RegistrationConstants.STATUS_NO_SHOW;
		}

		// Integer arithmetic: 3 of 4 dates is 75 %, never 74.999...

		if ((attendedDates * 100) >=
				(_requiredAttendancePercent * sessionDates)) {

			return RegistrationConstants.STATUS_COMPLETED;
		}

		return RegistrationConstants.STATUS_NOT_COMPLETED;
	}

	private final int _requiredAttendancePercent;

}
