package se.livsviktig.survey.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * Mina enkäter: the signed-in user's open invitations, each with the survey, its course and its closing date, and a link to answer it.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-my-surveys",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=My Surveys",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + SurveyPortletKeys.MY_SURVEYS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MySurveysPortlet extends MVCPortlet {
}
