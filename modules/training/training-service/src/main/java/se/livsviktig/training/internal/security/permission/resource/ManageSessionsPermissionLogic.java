package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.model.GroupedModel;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.training.constants.TrainingActionKeys;

/**
 * Whoever may manage the site's sessions (a coordinator) may do everything with its courses, sessions and
 * registrations; nobody needs a grant per session.
 *
 * @author Livsviktig
 */
public class ManageSessionsPermissionLogic<T extends GroupedModel>
	implements ModelResourcePermissionLogic<T> {

	public ManageSessionsPermissionLogic(
		PortletResourcePermission portletResourcePermission) {

		_portletResourcePermission = portletResourcePermission;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name, T model,
		String actionId) {

		if (_portletResourcePermission.contains(
				permissionChecker, model.getGroupId(),
				TrainingActionKeys.MANAGE_SESSIONS)) {

			return true;
		}

		return null;
	}

	private final PortletResourcePermission _portletResourcePermission;

}
