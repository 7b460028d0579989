package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingConstants;

/**
 * The app's top-level actions (add a method or course, manage sessions, approve registrations...) on a site,
 * as granted to roles in the portal's permission UI.
 *
 * @author Livsviktig
 */
@Component(
	property = "resource.name=" + TrainingConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class TrainingPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			TrainingConstants.RESOURCE_NAME);
	}

}
