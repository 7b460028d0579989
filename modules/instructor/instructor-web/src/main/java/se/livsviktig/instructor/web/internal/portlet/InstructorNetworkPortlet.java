package se.livsviktig.instructor.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;

/**
 * Instruktörsnätverk: the instructor networks of the site that the reader may view, and one network's page (its
 * members, upcoming meetings to answer, past meetings with their notes). Every read and change goes through the
 * remote network services, which ask the networks' permission logic, so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-instructor-network",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Instructor Networks",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class InstructorNetworkPortlet extends MVCPortlet {
}
