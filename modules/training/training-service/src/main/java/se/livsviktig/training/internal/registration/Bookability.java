package se.livsviktig.training.internal.registration;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationNotOpenException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.internal.organization.OrganizationLineages;
import se.livsviktig.training.internal.organization.OrganizationMemberships;
import se.livsviktig.training.model.CourseSession;

/**
 * Whether a person may register for a session now: it is published and not cancelled, its registration
 * window is open, and the person belongs to one of its audience administrations (none means everyone in the
 * company). Belonging includes the units under an administration: staff of "Hemtjänst Norr" under VOF are
 * VOF's audience. Each reason has its own exception, so the page can say exactly why.
 *
 * @author Livsviktig
 */
public class Bookability {

	public static void check(
			CourseSession courseSession, Collection<Long> audienceOrganizationIds,
			OrganizationMemberships userMemberships, Date now)
		throws NotInSessionAudienceException, RegistrationClosedException,
			   RegistrationNotOpenException, SessionCancelledException,
			   SessionNotPublishedException {

		checkSession(courseSession, now);

		if (!isInAudience(audienceOrganizationIds, userMemberships)) {
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
	 * The organisation a registration is recorded for: the person's own organisation (the unit, not the
	 * förvaltning above it), so the unit's managers and quota see it and the förvaltning's find it through the
	 * tree.
	 *
	 * @return the first of the user's organisations that is in the audience or under one of its organisations,
	 *         the user's first organisation when the session is open to everyone, or 0
	 */
	public static long getAudienceOrganizationId(
		Collection<Long> audienceOrganizationIds,
		OrganizationMemberships userMemberships) {

		if (audienceOrganizationIds.isEmpty()) {
			List<Long> organizationIds = userMemberships.getOrganizationIds();

			if (organizationIds.isEmpty()) {
				return 0;
			}

			return organizationIds.get(0);
		}

		return userMemberships.getFirstWithin(audienceOrganizationIds);
	}

	/**
	 * @return whether registering from this organisation is registering from the audience: it is one of the
	 *         audience's organisations or under one of them
	 */
	public static boolean isInAudience(
		Collection<Long> audienceOrganizationIds, long organizationId,
		OrganizationLineages lineages) {

		if (audienceOrganizationIds.isEmpty()) {
			return true;
		}

		return lineages.isWithin(organizationId, audienceOrganizationIds);
	}

	public static boolean isInAudience(
		Collection<Long> audienceOrganizationIds,
		OrganizationMemberships userMemberships) {

		if (audienceOrganizationIds.isEmpty()) {
			return true;
		}

		return userMemberships.isWithin(audienceOrganizationIds);
	}

}
