package se.livsviktig.training.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Mina utbildningar: a member of staff's own registrations, coming and past, what they can still do with each
 * (cancel before the deadline, answer an offered seat, fetch the calendar file) and the courses they wait for.
 * Only signed-in users have something to see, so guests are not given the portlet.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-my-training",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=My Training",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.init-param.view-template=/my_training/view.jsp",
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MyTrainingPortlet extends MVCPortlet {
}
