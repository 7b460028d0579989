package se.livsviktig.survey.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.constants.SurveyConstants;

/**
 * The survey app's top-level actions of a site (manage surveys, view results, view free text), as granted to roles
 * in the portal's permission UI.
 *
 * @author Livsviktig
 */
@Component(
	property = "resource.name=" + SurveyConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class SurveyPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			SurveyConstants.RESOURCE_NAME);
	}

}
