package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionVenueException;

/**
 * A session names only people and organisations of its own company.
 *
 * @author Livsviktig
 */
public class SessionReferencesTest {

	@Test
	public void aCoordinatorOfTheCompanyOrNoneIsAccepted() throws Exception {
		_user(501, _COMPANY_ID);

		_sessionReferences.checkCoordinator(_COMPANY_ID, 501);
		_sessionReferences.checkCoordinator(_COMPANY_ID, 0);
	}

	@Test
	public void aCoordinatorOfAnotherCompanyOrNoOneIsRefused() {
		_user(502, 1);

		assertThrows(
			SessionVenueException.MustHaveCoordinator.class,
			() -> _sessionReferences.checkCoordinator(_COMPANY_ID, 502));
		assertThrows(
			SessionVenueException.MustHaveCoordinator.class,
			() -> _sessionReferences.checkCoordinator(_COMPANY_ID, 503));
	}

	@Test
	public void organizationsOfAnotherCompanyOrNoneAreRefused()
		throws Exception {

		_organization(601, _COMPANY_ID);
		_organization(602, 1);

		_sessionReferences.checkOrganizations(_COMPANY_ID, new long[] {601});

		assertThrows(
			SessionQuotaException.MustBeOrganization.class,
			() -> _sessionReferences.checkOrganizations(
				_COMPANY_ID, new long[] {601, 602}));
		assertThrows(
			SessionQuotaException.MustBeOrganization.class,
			() -> _sessionReferences.checkOrganizations(
				_COMPANY_ID, new long[] {603}));
	}

	@Test
	public void noOrganizationsAskNothing() throws Exception {
		_sessionReferences.checkOrganizations(_COMPANY_ID, null);

		verifyNoInteractions(_organizationLocalService);
	}

	private void _organization(long organizationId, long companyId) {
		Organization organization = mock(Organization.class);

		when(
			organization.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			_organizationLocalService.fetchOrganization(organizationId)
		).thenReturn(
			organization
		);
	}

	private void _user(long userId, long companyId) {
		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private static final long _COMPANY_ID = 20097;

	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final SessionReferences _sessionReferences = new SessionReferences(
		_userLocalService, _organizationLocalService);

}
