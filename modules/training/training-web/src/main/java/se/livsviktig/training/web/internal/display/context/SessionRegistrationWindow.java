package se.livsviktig.training.web.internal.display.context;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;

/**
 * When a session takes registrations and its participants may cancel themselves: a published session between its
 * registration's opening and closing (either may be unset), and until its cancellation deadline (none: always).
 * Read against the clock now, as the service decides them when the action is sent.
 *
 * @author Livsviktig
 */
public class SessionRegistrationWindow {

	public SessionRegistrationWindow(CourseSession courseSession) {
		_courseSession = courseSession;
	}

	/**
	 * Cancelling is the participant's own until the deadline; after it, the page says whom to ask.
	 */
	public boolean isBeforeCancellationDeadline() {
		Date cancellationDeadline = _courseSession.getCancellationDeadline();

		if ((cancellationDeadline == null) ||
			new Date().before(cancellationDeadline)) {

			return true;
		}

		return false;
	}

	public boolean isOpen() {
		if (_courseSession.getStatus() !=
				CourseSessionConstants.STATUS_PUBLISHED) {

			return false;
		}

		Date now = new Date();

		Date openDate = _courseSession.getRegistrationOpenDate();

		if ((openDate != null) && now.before(openDate)) {
			return false;
		}

		Date closeDate = _courseSession.getRegistrationCloseDate();

		if ((closeDate != null) && !now.before(closeDate)) {
			return false;
		}

		return true;
	}

	private final CourseSession _courseSession;

}
