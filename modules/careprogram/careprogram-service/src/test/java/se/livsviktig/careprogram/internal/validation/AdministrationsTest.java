package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.LocalRoutineOrganizationException;

/**
 * @author Livsviktig
 */
public class AdministrationsTest {

	@Test
	public void anOrganizationOfTheCompanyIsAnAdministration()
		throws Exception {

		Organization organization = _organization(_COMPANY_ID);

		assertSame(
			organization,
			_administrations.validate(_COMPANY_ID, _ORGANIZATION_ID));
	}

	@Test
	public void anUnknownOrganizationIsRefused() {
		assertThrows(
			LocalRoutineOrganizationException.class,
			() -> _administrations.validate(_COMPANY_ID, _ORGANIZATION_ID));
	}

	@Test
	public void anotherCompanysOrganizationIsRefused() {
		_organization(_COMPANY_ID + 1);

		assertThrows(
			LocalRoutineOrganizationException.class,
			() -> _administrations.validate(_COMPANY_ID, _ORGANIZATION_ID));
	}

	private Organization _organization(long companyId) {
		Organization organization = mock(Organization.class);

		when(organization.getCompanyId()).thenReturn(companyId);

		when(
			_organizationLocalService.fetchOrganization(_ORGANIZATION_ID)
		).thenReturn(
			organization
		);

		return organization;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _ORGANIZATION_ID = 40001;

	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final Administrations _administrations = new Administrations(
		_organizationLocalService);

}
