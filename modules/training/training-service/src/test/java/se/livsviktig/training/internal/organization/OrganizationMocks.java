package se.livsviktig.training.internal.organization;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Arrays;

/**
 * Organisations in a tree, as the portal's OrganizationLocalService hands them out.
 *
 * @author Livsviktig
 */
public class OrganizationMocks {

	/**
	 * An organisation the service finds, with its site (group) and the organisations above it.
	 *
	 * @param ancestors nearest first, as {@link Organization#getAncestors()} lists them
	 */
	public static Organization organization(
			OrganizationLocalService organizationLocalService,
			long organizationId, long groupId, Organization... ancestors)
		throws Exception {

		Organization organization = mock(Organization.class);

		// The portal lists ancestor ids from the root down, the opposite of getAncestors()

		long[] ancestorOrganizationIds = new long[ancestors.length];

		for (int i = 0; i < ancestors.length; i++) {
			ancestorOrganizationIds[ancestors.length - 1 - i] =
				ancestors[i].getOrganizationId();
		}

		when(
			organization.getAncestorOrganizationIds()
		).thenReturn(
			ancestorOrganizationIds
		);
		when(
			organization.getAncestors()
		).thenReturn(
			Arrays.asList(ancestors)
		);
		when(
			organization.getGroupId()
		).thenReturn(
			groupId
		);
		when(
			organization.getOrganizationId()
		).thenReturn(
			organizationId
		);
		when(
			organizationLocalService.fetchOrganization(organizationId)
		).thenReturn(
			organization
		);

		return organization;
	}

}
