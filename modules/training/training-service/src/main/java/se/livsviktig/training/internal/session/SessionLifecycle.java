package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.CourseSession;

/**
 * A session's life: draft, then published, then cancelled or archived. Which step is allowed from where, and what
 * a step records (who took it, when, and why).
 *
 * @author Livsviktig
 */
public final class SessionLifecycle {

	/**
	 * Only a draft is published: publishing again would tell the interest list a second time.
	 */
	public static void checkCanPublish(CourseSession courseSession)
		throws RegistrationStatusException {

		if (courseSession.getStatus() != CourseSessionConstants.STATUS_DRAFT) {
			throw new RegistrationStatusException(
				"Only a draft session can be published");
		}
	}

	/**
	 * A cancellation tells everyone registered, so it needs a reason for them.
	 */
	public static void checkCancellationReason(String reason)
		throws CancellationReasonException {

		if (Validator.isNull(reason)) {
			throw new CancellationReasonException(
				"Cancelling a session needs a reason for the participants");
		}
	}

	/**
	 * A cancelled or archived session cannot be cancelled again: everyone was told once.
	 */
	public static void checkCanCancel(CourseSession courseSession)
		throws RegistrationStatusException {

		if (isClosed(courseSession)) {
			throw new RegistrationStatusException(
				"Session " + courseSession.getCourseSessionId() +
					" is already closed");
		}
	}

	public static boolean isClosed(CourseSession courseSession) {
		if ((courseSession.getStatus() ==
				CourseSessionConstants.STATUS_CANCELLED) ||
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_ARCHIVED)) {

			return true;
		}

		return false;
	}

	/**
	 * Moves the session to the status, recording who, when and why.
	 *
	 * @param reason why, shown to participants of a cancelled session, or null
	 */
	public static void moveTo(
		CourseSession courseSession, int status, User user, String reason,
		Date now) {

		courseSession.setStatus(status);
		courseSession.setStatusByUserId(user.getUserId());
		courseSession.setStatusByUserName(user.getFullName());
		courseSession.setStatusDate(now);
		courseSession.setStatusReason(reason);
	}

	private SessionLifecycle() {
	}

}
