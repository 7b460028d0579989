package se.livsviktig.careprogram.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;

/**
 * Livsviktig – Vård- och insatsprogram: the coordinators' Site Administration app, where programmes and their
 * local routines get their owners and review intervals, the national programmes are added on request, and the
 * health per administration and the review log are read. Its panel entry is {@code CareProgramAdminPanelApp};
 * every change is checked by the remote services (MANAGE_CARE_PROGRAMS, the programme's and routine's model
 * permissions), so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-careprogram-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Livsviktig – Care and intervention programmes",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class CareProgramAdminPortlet extends MVCPortlet {
}
