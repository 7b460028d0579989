package se.livsviktig.training.internal.unit;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.organization.OrganizationTree;

/**
 * Whose training a manager may see: the members of an organisation where the manager may approve registrations
 * (APPROVE_REGISTRATION, through the portal's permission check on the organisation's group), or of a unit under
 * one, as approvals reach down the tree (RegistrationModelResourcePermissionWrapper). The same permission that
 * lets a manager decide a request lets them see who in the unit has been trained.
 *
 * @author Livsviktig
 */
@Component(service = ManagedUnits.class)
public class ManagedUnits {

	/**
	 * @throws PrincipalException.MustHavePermission when the reader may not see the organisation's training
	 */
	public void check(
			PermissionChecker permissionChecker, long organizationId)
		throws PortalException {

		if (!contains(permissionChecker, organizationId)) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, Organization.class.getName(), organizationId,
				TrainingActionKeys.APPROVE_REGISTRATION);
		}
	}

	/**
	 * @return whether the reader may approve in the organisation or in one above it; false for an organisation
	 *         that does not exist
	 */
	public boolean contains(
			PermissionChecker permissionChecker, long organizationId)
		throws PortalException {

		for (Organization organization :
				_organizationTree.getLineageOrganizations(organizationId)) {

			if (_portletResourcePermission.contains(
					permissionChecker, organization.getGroupId(),
					TrainingActionKeys.APPROVE_REGISTRATION)) {

				return true;
			}
		}

		return false;
	}

	/**
	 * @return the reader's own organisations whose training they may see, in the portal's order: what a
	 *         manager chooses from
	 */
	public List<Organization> getManagedOrganizations(
			PermissionChecker permissionChecker)
		throws PortalException {

		List<Organization> organizations = new ArrayList<>();

		for (Organization organization :
				_organizationLocalService.getUserOrganizations(
					permissionChecker.getUserId())) {

			if (contains(permissionChecker, organization.getOrganizationId())) {
				organizations.add(organization);
			}
		}

		return organizations;
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private OrganizationTree _organizationTree;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
