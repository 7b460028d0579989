package se.livsviktig.report.internal.security.permission;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

/**
 * Organisations as the permission tests need them: each with its id, group and company, found by the organisation
 * service's double, so ReportViewPermission and ReportFreezePermission resolve them as in the portal.
 *
 * @author Livsviktig
 */
final class OrganizationDoubles {

	Organization organization(
		long organizationId, long groupId, long companyId) {

		Organization organization = mock(Organization.class);

		when(organization.getOrganizationId()).thenReturn(organizationId);
		when(organization.getGroupId()).thenReturn(groupId);
		when(organization.getCompanyId()).thenReturn(companyId);

		when(
			_organizationLocalService.fetchOrganization(organizationId)
		).thenReturn(
			organization
		);

		return organization;
	}

	OrganizationLocalService organizationLocalService() {
		return _organizationLocalService;
	}

	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);

}
