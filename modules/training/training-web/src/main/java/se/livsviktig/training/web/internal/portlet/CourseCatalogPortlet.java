package se.livsviktig.training.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Kurskatalog: where staff find a course and register. Each route is its own MVC command.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-course-catalog",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Course Catalogue",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.init-param.view-template=/course_catalog/view.jsp",
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=guest,power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class CourseCatalogPortlet extends MVCPortlet {
}
