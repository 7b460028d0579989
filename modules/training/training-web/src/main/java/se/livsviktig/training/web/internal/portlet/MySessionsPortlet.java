package se.livsviktig.training.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Mina kurstillfällen: the sessions an instructor teaches or is invited to (accept or decline), and for a
 * session they teach its participants with dietary needs, the check-in codes as QR codes, attendance per date
 * and completion. The services decide what the reader may see and do (the session's model permission grants an
 * accepted instructor VIEW_PARTICIPANTS and MARK_ATTENDANCE); the portlet is for signed-in users, who see a
 * sentence when they teach nothing.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-my-sessions",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=My Sessions",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.init-param.view-template=/my_sessions/view.jsp",
		"javax.portlet.name=" + TrainingPortletKeys.MY_SESSIONS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MySessionsPortlet extends MVCPortlet {
}
