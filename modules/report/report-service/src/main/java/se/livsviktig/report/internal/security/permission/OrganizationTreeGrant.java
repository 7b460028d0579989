package se.livsviktig.report.internal.security.permission;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

/**
 * An action granted through an organisation role reaches the organisation whose group it was granted in and every
 * organisation under it: the report's one rule for reading and freezing one administration's figures.
 *
 * @author Livsviktig
 */
public class OrganizationTreeGrant {

	public OrganizationTreeGrant(
		PortletResourcePermission portletResourcePermission, String actionId) {

		_portletResourcePermission = portletResourcePermission;
		_actionId = actionId;
	}

	/**
	 * @return whether the action is granted in the organisation's own group or in the group of one above it
	 */
	public boolean contains(
			PermissionChecker permissionChecker, Organization organization)
		throws PortalException {

		if (containsOwn(permissionChecker, organization)) {
			return true;
		}

		for (Organization ancestor : organization.getAncestors()) {
			if (containsOwn(permissionChecker, ancestor)) {
				return true;
			}
		}

		return false;
	}

	/**
	 * @return whether the action is granted in the organisation's own group
	 */
	public boolean containsOwn(
		PermissionChecker permissionChecker, Organization organization) {

		return _portletResourcePermission.contains(
			permissionChecker, organization.getGroupId(), _actionId);
	}

	private final String _actionId;
	private final PortletResourcePermission _portletResourcePermission;

}
