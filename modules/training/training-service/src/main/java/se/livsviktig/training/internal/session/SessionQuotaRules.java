package se.livsviktig.training.internal.session;

import java.util.Arrays;
import java.util.Date;

import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.model.CourseSession;

/**
 * What makes a session's quotas valid: each reserves at least one seat until a date before the start, one quota
 * per organisation, and together no more seats than the session has.
 *
 * @author Livsviktig
 */
public final class SessionQuotaRules {

	/**
	 * The form's three lists describe the same quotas, one entry each.
	 */
	public static void checkShape(
			long[] organizationIds, int[] seats, Date[] releaseDates)
		throws SessionQuotaException {

		if ((organizationIds.length != seats.length) ||
			(organizationIds.length != releaseDates.length)) {

			throw new SessionQuotaException(
				"Each quota needs an organization, seats and a release date");
		}
	}

	public static void checkSeats(
			CourseSession courseSession, long[] organizationIds, int[] seats,
			Date[] releaseDates)
		throws SessionQuotaException {

		int reservedSeats = 0;

		for (int i = 0; i < organizationIds.length; i++) {
			if ((seats[i] < 1) || (releaseDates[i] == null) ||
				((courseSession.getStartDate() != null) &&
				 releaseDates[i].after(courseSession.getStartDate()))) {

				throw new SessionQuotaException(
					"A quota reserves at least one seat until a date before " +
						"the start");
			}

			reservedSeats += seats[i];
		}

		if (reservedSeats > courseSession.getSeats()) {
			throw new SessionQuotaException(
				reservedSeats + " reserved seats are more than the session's " +
					courseSession.getSeats());
		}

		if (Arrays.stream(
				organizationIds
			).distinct(
			).count() != organizationIds.length) {

			throw new SessionQuotaException(
				"An organization has one quota per session");
		}
	}

	private SessionQuotaRules() {
	}

}
