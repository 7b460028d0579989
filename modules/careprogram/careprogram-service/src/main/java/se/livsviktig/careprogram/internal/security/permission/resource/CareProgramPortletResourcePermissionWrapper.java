package se.livsviktig.careprogram.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.constants.CareProgramConstants;

/**
 * The app's top-level actions (manage care programmes), as granted to roles in the portal's permission UI.
 *
 * @author Livsviktig
 */
@Component(
	property = "resource.name=" + CareProgramConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class CareProgramPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			CareProgramConstants.RESOURCE_NAME);
	}

}
