package se.livsviktig.report.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.constants.ReportConstants;

/**
 * The report app's top-level actions of a site (view reports, freeze, unfreeze), as granted to roles in the
 * portal's permission UI.
 *
 * @author Livsviktig
 */
@Component(
	property = "resource.name=" + ReportConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class ReportPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			ReportConstants.RESOURCE_NAME);
	}

}
