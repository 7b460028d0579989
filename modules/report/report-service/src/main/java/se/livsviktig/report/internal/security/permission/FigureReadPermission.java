package se.livsviktig.report.internal.security.permission;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

/**
 * Who may read the figures of an administration in the report's site.
 *
 * @author Livsviktig
 */
public interface FigureReadPermission {

	/**
	 * @param organizationId 0 for every administration, else the organisation whose figures are read
	 */
	public void check(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException;

}
