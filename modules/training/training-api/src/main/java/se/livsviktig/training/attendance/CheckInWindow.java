package se.livsviktig.training.attendance;

import java.util.Date;

import se.livsviktig.training.model.SessionDate;

/**
 * When a session date's self check-in is open: from its opening through its close, both included. The service
 * refuses a check-in outside it, and the pages that offer or show check-in ask the same rule, so a page never
 * offers what the service would refuse.
 *
 * @author Livsviktig
 */
public final class CheckInWindow {

	/**
	 * @return whether a participant may check in on the date at that moment; false for a date without a window
	 */
	public static boolean isOpen(SessionDate sessionDate, Date date) {
		Date openDate = sessionDate.getCheckInOpenDate();
		Date closeDate = sessionDate.getCheckInCloseDate();

		if ((openDate == null) || (closeDate == null)) {
			return false;
		}

		return !date.before(openDate) && !date.after(closeDate);
	}

	/**
	 * @return whether the window has opened at that moment (it may have closed since)
	 */
	public static boolean hasOpened(SessionDate sessionDate, Date date) {
		Date openDate = sessionDate.getCheckInOpenDate();

		return (openDate != null) && !date.before(openDate);
	}

	private CheckInWindow() {
	}

}
