package se.livsviktig.instructor.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;

/**
 * Mina instruktörsuppdrag: what an instructor needs to keep teaching, starting with their own certifications
 * and each one's history. Read through the remote service, which lets a person see their own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-my-instructor-assignments",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=My Instructor Assignments",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + InstructorPortletKeys.MY_INSTRUCTOR_ASSIGNMENTS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MyInstructorAssignmentsPortlet extends MVCPortlet {
}
