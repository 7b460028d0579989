package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.internal.organization.OrganizationMemberships;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.sex.RegistrationSexResolver;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;

/**
 * Whether a person may register on a session, apart from its seats: same company, the session open (or, for a
 * coordinator, published), the person in its audience (from their own organisation or one under an audience
 * organisation), no active registration there already, free text that fits. Each refusal is its own exception.
 *
 * <p>
 * Nothing here needs the session's row lock, so a registration checks it first and holds the lock only for the
 * seat. Two registrations of one person that pass this at the same moment meet the unique index on the
 * registration's active key (courseSessionId, activeKey): one commits.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = ApplicantCheck.class)
public class ApplicantCheck {

	/**
	 * @param organizationId the administration the person registers from, or 0 for the first of theirs in the
	 *        audience
	 * @param checkRegistrationWindow whether the session's registration window applies (not to a coordinator)
	 */
	public Applicant check(
			CourseSession courseSession, long userId, long organizationId,
			String motivation, String dietaryNeeds, Date now,
			boolean checkRegistrationWindow)
		throws PortalException {

		User user = _userLocalService.getUser(userId);

		if (user.getCompanyId() != courseSession.getCompanyId()) {
			throw new NoSuchCourseSessionException(
				"Session " + courseSession.getCourseSessionId() +
					" belongs to another company");
		}

		Set<Long> audienceOrganizationIds = getAudienceOrganizationIds(
			courseSession.getCourseSessionId());
		OrganizationMemberships userMemberships =
			_organizationTree.getMemberships(userId);

		if (checkRegistrationWindow) {
			Bookability.check(
				courseSession, audienceOrganizationIds, userMemberships, now);
		}
		else {
			Bookability.checkPublished(courseSession);

			if (!Bookability.isInAudience(
					audienceOrganizationIds, userMemberships)) {

				throw new NotInSessionAudienceException(
					"User " + userId + " is not in the audience of session " +
						courseSession.getCourseSessionId());
			}
		}

		if (_registrationPersistence.fetchByCS_AK(
				courseSession.getCourseSessionId(), userId) != null) {

			throw new DuplicateRegistrationException(
				"User " + userId + " is already registered on session " +
					courseSession.getCourseSessionId());
		}

		RegistrationFieldLengths.validate("motivation", motivation);
		RegistrationFieldLengths.validate("dietaryNeeds", dietaryNeeds);

		if (organizationId > 0) {
			if (!userMemberships.isMemberOf(organizationId) ||
				!Bookability.isInAudience(
					audienceOrganizationIds, organizationId,
					userMemberships.getLineages())) {

				throw new NotInSessionAudienceException(
					"User " + userId + " cannot register from organization " +
						organizationId);
			}
		}
		else {
			organizationId = Bookability.getAudienceOrganizationId(
				audienceOrganizationIds, userMemberships);
		}

		// Read here, before the session's row is locked, like the organisation: the registration keeps both as
		// they were when it was made.

		return new Applicant(
			userId, user, organizationId, userMemberships.getLineages(), motivation,
			dietaryNeeds, _registrationSexResolver.resolve(user));
	}

	public Set<Long> getAudienceOrganizationIds(long courseSessionId) {
		Set<Long> organizationIds = new HashSet<>();

		for (SessionAudience sessionAudience :
				_sessionAudiencePersistence.findByCourseSessionId(
					courseSessionId)) {

			organizationIds.add(sessionAudience.getOrganizationId());
		}

		return organizationIds;
	}

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private RegistrationSexResolver _registrationSexResolver;

	@Reference
	private SessionAudiencePersistence _sessionAudiencePersistence;

	@Reference
	private UserLocalService _userLocalService;

}
