package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionVenueException;

/**
 * The people and organisations a session names (its coordinator, its audience, its quotas' organisations) exist
 * and belong to the session's company: an id from another company must not reach its rows.
 *
 * @author Livsviktig
 */
public final class SessionReferences {

	public SessionReferences(
		UserLocalService userLocalService,
		OrganizationLocalService organizationLocalService) {

		_userLocalService = userLocalService;
		_organizationLocalService = organizationLocalService;
	}

	/**
	 * @param coordinatorUserId the coordinator, or 0 for none
	 */
	public void checkCoordinator(long companyId, long coordinatorUserId)
		throws SessionVenueException {

		if (coordinatorUserId == 0) {
			return;
		}

		User coordinator = _userLocalService.fetchUser(coordinatorUserId);

		if ((coordinator == null) || (coordinator.getCompanyId() != companyId)) {
			throw new SessionVenueException.MustHaveCoordinator(
				"No user " + coordinatorUserId + " to coordinate the session");
		}
	}

	/**
	 * @param organizationIds the organisations, or null for none
	 */
	public void checkOrganizations(long companyId, long[] organizationIds)
		throws SessionQuotaException {

		if (organizationIds == null) {
			return;
		}

		for (long organizationId : organizationIds) {
			Organization organization =
				_organizationLocalService.fetchOrganization(organizationId);

			if ((organization == null) ||
				(organization.getCompanyId() != companyId)) {

				throw new SessionQuotaException.MustBeOrganization(
					"No organization " + organizationId);
			}
		}
	}

	private final OrganizationLocalService _organizationLocalService;
	private final UserLocalService _userLocalService;

}
