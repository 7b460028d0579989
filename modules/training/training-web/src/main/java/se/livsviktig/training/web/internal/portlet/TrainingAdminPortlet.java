package se.livsviktig.training.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Livsviktig – Utbildning: the coordinators' Site Administration app, where the site's training methods,
 * courses and sessions are listed, added, edited, published, cancelled and archived. Its panel entry is
 * {@code TrainingAdminPanelApp}; every action is checked by the remote services, so the portlet needs no
 * role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-training-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Livsviktig – Training",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class TrainingAdminPortlet extends MVCPortlet {
}
