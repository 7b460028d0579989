package se.livsviktig.careprogram.internal.security.permission.resource;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.GroupedModel;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.function.ToLongFunction;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;

/**
 * The rights on a programme or a routine beyond the grants on the row itself: a site's editors (MANAGE_CARE_PROGRAMS)
 * may do everything but change its permissions, and its owner, or anyone who may update it, may confirm its review
 * ("still correct"). Anything else falls through to the grants on the row.
 *
 * @author Livsviktig
 */
public class ReviewPermissionLogic<T extends GroupedModel>
	implements ModelResourcePermissionLogic<T> {

	public ReviewPermissionLogic(
		PortletResourcePermission portletResourcePermission,
		ToLongFunction<T> primaryKeyFunction,
		ToLongFunction<T> ownerUserIdFunction) {

		_portletResourcePermission = portletResourcePermission;
		_primaryKeyFunction = primaryKeyFunction;
		_ownerUserIdFunction = ownerUserIdFunction;
	}

	@Override
	public Boolean contains(
			PermissionChecker permissionChecker, String name, T model,
			String actionId)
		throws PortalException {

		long groupId = model.getGroupId();

		if (!ActionKeys.PERMISSIONS.equals(actionId) &&
			_portletResourcePermission.contains(
				permissionChecker, groupId,
				CareProgramActionKeys.MANAGE_CARE_PROGRAMS)) {

			return true;
		}

		if (!CareProgramActionKeys.CONFIRM_REVIEW.equals(actionId)) {
			return null;
		}

		long ownerUserId = _ownerUserIdFunction.applyAsLong(model);

		// 0 is "utan ägare": nobody owns it, so nobody confirms it as its owner

		if ((ownerUserId != 0) &&
			(ownerUserId == permissionChecker.getUserId())) {

			return true;
		}

		if (permissionChecker.hasPermission(
				groupId, name, _primaryKeyFunction.applyAsLong(model),
				ActionKeys.UPDATE)) {

			return true;
		}

		return null;
	}

	private final ToLongFunction<T> _ownerUserIdFunction;
	private final PortletResourcePermission _portletResourcePermission;
	private final ToLongFunction<T> _primaryKeyFunction;

}
