package se.livsviktig.survey.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * Livsviktig – Enkäter: the coordinators' Site Administration app, where surveys, their questions and their dispatches are kept. Its panel entry is SurveyAdminPanelApp; every action is checked by the remote survey services (MANAGE_SURVEYS), so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-survey-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Livsviktig – Surveys",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class SurveyAdminPortlet extends MVCPortlet {
}
