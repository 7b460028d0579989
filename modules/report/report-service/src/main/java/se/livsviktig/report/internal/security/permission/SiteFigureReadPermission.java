package se.livsviktig.report.internal.security.permission;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;

/**
 * VIEW_REPORTS in the report's site reads every administration's figures.
 *
 * @author Livsviktig
 */
@Component(service = FigureReadPermission.class)
public class SiteFigureReadPermission implements FigureReadPermission {

	@Override
	public void check(
			PermissionChecker permissionChecker, long groupId,
			long organizationId)
		throws PortalException {

		_portletResourcePermission.check(
			permissionChecker, groupId, ReportActionKeys.VIEW_REPORTS);
	}

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
