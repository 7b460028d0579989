package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.model.Certification;

/**
 * Who may see and change a certification without a grant on it: its holder may view it, and whoever may manage
 * certifications (MANAGE_CERTIFICATIONS on the app's root resource in the certification's group) may view and
 * update it. Anything else falls through to the grants on the certification itself.
 *
 * @author Livsviktig
 */
public class CertificationPermissionLogic
	implements ModelResourcePermissionLogic<Certification> {

	public CertificationPermissionLogic(
		PortletResourcePermission portletResourcePermission) {

		_portletResourcePermission = portletResourcePermission;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name,
		Certification certification, String actionId) {

		if (actionId.equals(ActionKeys.VIEW) &&
			(certification.getHolderUserId() == permissionChecker.getUserId())) {

			return true;
		}

		if ((actionId.equals(ActionKeys.VIEW) ||
			 actionId.equals(ActionKeys.UPDATE)) &&
			_portletResourcePermission.contains(
				permissionChecker, certification.getGroupId(),
				InstructorActionKeys.MANAGE_CERTIFICATIONS)) {

			return true;
		}

		return null;
	}

	private final PortletResourcePermission _portletResourcePermission;

}
