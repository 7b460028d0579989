package se.livsviktig.instructor.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;

/**
 * Livsviktig – Instruktörer: the coordinators' Site Administration app, where instructors' certifications are
 * listed, added, renewed and revoked. Its panel entry is {@code InstructorAdminPanelApp}; every action is
 * checked by the remote certification service (MANAGE_CERTIFICATIONS), so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-instructor-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Livsviktig – Instructors",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class InstructorAdminPortlet extends MVCPortlet {
}
