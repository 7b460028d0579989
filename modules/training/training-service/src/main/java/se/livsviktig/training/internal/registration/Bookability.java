package se.livsviktig.training.internal.registration;

import java.util.Collection;
import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationNotOpenException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.model.CourseSession;

/**
 * Whether a person may register for a session now: it is published and not cancelled, its registration
 * window is open, and the person belongs to one of its audience administrations (none means everyone in the
 * company). Each reason has its own exception, so the page can say exactly why.
 *
 * @author Livsviktig
 */
public class Bookability {

	public static void check(
			CourseSession courseSession, Collection<Long> audienceOrganizationIds,
			Collection<Long> userOrganizationIds, Date now)
		throws NotInSessionAudienceException, RegistrationClosedException,
			   RegistrationNotOpenException, SessionCancelledException,
			   SessionNotPublishedException {

		checkSession(courseSession, now);

		if (!isInAudience(audienceOrganizationIds, userOrganizationIds)) {
			throw new NotInSessionAudienceException(
				"Session " + courseSession.getCourseSessionId() +
					" is only for organizations " + audienceOrganizationIds);
		}
	}

	/**
	 * The session is published and not cancelled: a coordinator may register people on it, also outside its
	 * registration window.
	 */
	public static void checkPublished(CourseSession courseSession)
		throws SessionCancelledException, SessionNotPublishedException {

		if (courseSession.getStatus() ==
				CourseSessionConstants.STATUS_CANCELLED) {

			throw new SessionCancelledException(
				"Session " + courseSession.getCourseSessionId() +
					" is cancelled");
		}

		if (courseSession.getStatus() !=
				CourseSessionConstants.STATUS_PUBLISHED) {

			throw new SessionNotPublishedException(
				"Session " + courseSession.getCourseSessionId() +
					" is not published");
		}
	}

	/**
	 * The session itself is open for registration, whoever asks.
	 */
	public static void checkSession(CourseSession courseSession, Date now)
		throws RegistrationClosedException, RegistrationNotOpenException,
			   SessionCancelledException, SessionNotPublishedException {

		checkPublished(courseSession);

		Date openDate = courseSession.getRegistrationOpenDate();

		if ((openDate != null) && now.before(openDate)) {
			throw new RegistrationNotOpenException(
				"Registration opens " + openDate);
		}

		Date closeDate = courseSession.getRegistrationCloseDate();

		if ((closeDate != null) && !now.before(closeDate)) {
			throw new RegistrationClosedException(
				"Registration closed " + closeDate);
		}
	}

	/**
	 * @return the first of the user's organisations that is in the audience, the user's first organisation
	 *         when the session is open to everyone, or 0
	 */
	public static long getAudienceOrganizationId(
		Collection<Long> audienceOrganizationIds,
		Collection<Long> userOrganizationIds) {

		for (Long userOrganizationId : userOrganizationIds) {
			if (audienceOrganizationIds.isEmpty() ||
				audienceOrganizationIds.contains(userOrganizationId)) {

				return userOrganizationId;
			}
		}

		return 0;
	}

	public static boolean isInAudience(
		Collection<Long> audienceOrganizationIds,
		Collection<Long> userOrganizationIds) {

		if (audienceOrganizationIds.isEmpty()) {
			return true;
		}

		for (Long userOrganizationId : userOrganizationIds) {
			if (audienceOrganizationIds.contains(userOrganizationId)) {
				return true;
			}
		}

		return false;
	}

}
