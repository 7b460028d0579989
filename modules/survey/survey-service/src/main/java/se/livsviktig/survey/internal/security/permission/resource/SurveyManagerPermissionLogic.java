package se.livsviktig.survey.internal.security.permission.resource;

import com.liferay.portal.kernel.model.GroupedModel;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.survey.constants.SurveyActionKeys;

/**
 * Whoever may manage a site's surveys (MANAGE_SURVEYS on the app's root resource there) may do every action on
 * each survey and dispatch of that site, so a coordinator's role needs one grant, not one per survey. Anyone else
 * falls through to the grants on the survey or dispatch itself.
 *
 * @author Livsviktig
 */
public class SurveyManagerPermissionLogic<T extends GroupedModel>
	implements ModelResourcePermissionLogic<T> {

	public SurveyManagerPermissionLogic(
		PortletResourcePermission portletResourcePermission) {

		_portletResourcePermission = portletResourcePermission;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name, T model,
		String actionId) {

		if (_portletResourcePermission.contains(
				permissionChecker, model.getGroupId(),
				SurveyActionKeys.MANAGE_SURVEYS)) {

			return true;
		}

		return null;
	}

	private final PortletResourcePermission _portletResourcePermission;

}
