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
 * Who may freeze which figures: FREEZE_REPORTS in the report's site freezes every administration, or any one of
 * them; FREEZE_REPORTS granted in an organisation (an organisation role, such as an administration's manager,
 * checked against the organisation's own group or the group of one above it) freezes that organisation's figures
 * only, and only where the same person may read them (ReportViewPermission), since a freeze is figures kept to
 * be read again.
 *
 * @author Livsviktig
 */
@Component(service = ReportFreezePermission.class)
public class ReportFreezePermission {

	/**
	 * @param  organizationId 0 for every administration, else the organisation whose figures are frozen
	 * @throws ReportOrganizationException if the organisation does not exist in the caller's company
	 * @throws PrincipalException if the caller may not freeze that scope
	 */
	public void check(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException {

		if (!contains(permissionChecker, groupId, organizationId)) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, ReportConstants.RESOURCE_NAME,
				(organizationId == 0) ? groupId : organizationId,
				ReportActionKeys.FREEZE_REPORTS);
		}
	}

	/**
	 * @throws ReportOrganizationException if the organisation does not exist in the caller's company
	 */
	public boolean contains(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException {

		if (organizationId == 0) {
			return containsSite(permissionChecker, groupId);
		}

		// The read permission validates the organisation first, so an unknown one is reported as such even to
		// the site's coordinator.

		boolean mayRead = _reportViewPermission.contains(
			permissionChecker, groupId, organizationId);

		if (containsSite(permissionChecker, groupId)) {
			return true;
		}

		if (!mayRead) {
			return false;
		}

		Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		return _grant().contains(permissionChecker, organization);
	}

	/**
	 * @return whether the caller freezes every administration of the site
	 */
	public boolean containsSite(
		PermissionChecker permissionChecker, long groupId) {

		return _portletResourcePermission.contains(
			permissionChecker, groupId, ReportActionKeys.FREEZE_REPORTS);
	}

	/**
	 * The administrations the caller may choose to freeze one by one: with FREEZE_REPORTS in the site, the
	 * company's top-level ones; otherwise the caller's own organisations in which both FREEZE_REPORTS and
	 * VIEW_REPORTS are granted.
	 */
	public List<Organization> getFreezableOrganizations(
			PermissionChecker permissionChecker, long groupId)
		throws PortalException {

		if (containsSite(permissionChecker, groupId)) {
			return _organizationLocalService.getOrganizations(
				permissionChecker.getCompanyId(), 0);
		}

		List<Organization> organizations = new ArrayList<>();

		for (Organization organization :
				_reportViewPermission.getGrantedOrganizations(
					permissionChecker)) {

			if (_grant().containsOwn(permissionChecker, organization)) {
				organizations.add(organization);
			}
		}

		return organizations;
	}

	private OrganizationTreeGrant _grant() {
		return new OrganizationTreeGrant(
			_portletResourcePermission, ReportActionKeys.FREEZE_REPORTS);
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportViewPermission _reportViewPermission;

}
