package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorConstants;

/**
 * The app's top-level actions (manage certifications), as granted to roles in the portal's permission UI.
 *
 * @author Livsviktig
 */
@Component(
	property = "resource.name=" + InstructorConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class InstructorPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			InstructorConstants.RESOURCE_NAME);
	}

}
