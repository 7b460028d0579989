package se.livsviktig.report.internal.security.permission;

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

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.exception.ReportOrganizationException;

/**
 * Who may read which figures, the one rule every read of the report goes through: VIEW_REPORTS in the report's
 * site reads every administration; VIEW_REPORTS granted in an organisation (an organisation role, such as an
 * administration's manager, checked against the organisation's own group) reads that organisation and every
 * organisation under it, and nothing else, not even the figures that belong to no administration.
 *
 * @author Livsviktig
 */
@Component(service = ReportViewPermission.class)
public class ReportViewPermission {

	/**
	 * @param  organizationId 0 for every administration, else the organisation whose figures are read
	 * @throws ReportOrganizationException if the organisation does not exist in the reader's company
	 * @throws PrincipalException if the reader may not read that scope
	 */
	public void check(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException {

		if (!contains(permissionChecker, groupId, organizationId)) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, ReportConstants.RESOURCE_NAME,
				(organizationId == 0) ? groupId : organizationId,
				ReportActionKeys.VIEW_REPORTS);
		}
	}

	/**
	 * @throws ReportOrganizationException if the organisation does not exist in the reader's company
	 */
	public boolean contains(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException {

		Organization organization = null;

		if (organizationId != 0) {
			organization = _organizationLocalService.fetchOrganization(
				organizationId);

			if ((organization == null) ||
				(organization.getCompanyId() !=
					permissionChecker.getCompanyId())) {

				throw new ReportOrganizationException(
					"No organization " + organizationId + " in company " +
						permissionChecker.getCompanyId());
			}
		}

		if (containsSite(permissionChecker, groupId)) {
			return true;
		}

		if (organization == null) {
			return false;
		}

		return _grant().contains(permissionChecker, organization);
	}

	/**
	 * @return whether the reader reads every administration of the site
	 */
	public boolean containsSite(
		PermissionChecker permissionChecker, long groupId) {

		return _portletResourcePermission.contains(
			permissionChecker, groupId, ReportActionKeys.VIEW_REPORTS);
	}

	/**
	 * The organisations of the reader in which VIEW_REPORTS is granted: where a reader without the site's
	 * permission may start reading.
	 */
	public List<Organization> getGrantedOrganizations(
			PermissionChecker permissionChecker)
		throws PortalException {

		List<Organization> grantedOrganizations = new ArrayList<>();

		for (Organization organization :
				_organizationLocalService.getUserOrganizations(
					permissionChecker.getUserId())) {

			if (_grant().containsOwn(permissionChecker, organization)) {
				grantedOrganizations.add(organization);
			}
		}

		return grantedOrganizations;
	}

	private OrganizationTreeGrant _grant() {
		return new OrganizationTreeGrant(
			_portletResourcePermission, ReportActionKeys.VIEW_REPORTS);
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
