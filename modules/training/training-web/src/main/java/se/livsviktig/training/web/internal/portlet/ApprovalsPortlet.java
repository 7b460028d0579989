package se.livsviktig.training.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Godkänn anmälningar: the requests waiting for the reader's approval, each approved or declined with an
 * optional comment. The service decides what the reader may see and decide (APPROVE_REGISTRATION in the
 * registrant's organisation); the portlet itself is for every signed-in member of staff, who sees a sentence
 * when there is nothing to approve.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-approvals",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Approvals",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.init-param.view-template=/approvals/view.jsp",
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class ApprovalsPortlet extends MVCPortlet {
}
