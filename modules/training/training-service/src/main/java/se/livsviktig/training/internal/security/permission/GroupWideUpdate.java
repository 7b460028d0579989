package se.livsviktig.training.internal.security.permission;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.training.constants.TrainingActionKeys;

/**
 * Whether the current caller may update every row of a kind in a group, which is what lets a list show them
 * drafts and archived rows: a coordinator (MANAGE_SESSIONS on the group, where the kind has coordinators) or a
 * role granted UPDATE on the kind as a whole. Per-row grants cannot be expressed in a list's SQL.
 *
 * @author Livsviktig
 */
public final class GroupWideUpdate {

	/**
	 * @param coordinatorPermission the app's portlet resource permission, or {@code null} for a kind that
	 *        coordinators do not manage (training methods)
	 */
	public static boolean isAllowed(
		long groupId, String className,
		PortletResourcePermission coordinatorPermission) {

		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if (permissionChecker == null) {
			return false;
		}

		if ((coordinatorPermission != null) &&
			coordinatorPermission.contains(
				permissionChecker, groupId,
				TrainingActionKeys.MANAGE_SESSIONS)) {

			return true;
		}

		return permissionChecker.hasPermission(
			groupId, className, groupId, ActionKeys.UPDATE);
	}

	public static long getUserId() {
		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if (permissionChecker == null) {
			return 0;
		}

		return permissionChecker.getUserId();
	}

	private GroupWideUpdate() {
	}

}
