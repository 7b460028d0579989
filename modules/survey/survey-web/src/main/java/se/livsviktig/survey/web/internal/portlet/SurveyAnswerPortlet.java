package se.livsviktig.survey.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * The answer widget: the invitee answers a survey through the link in their e-mail, signed out (the link's token is the key) or signed in (from Mina enkäter, by the invitation). Every answer is checked by the remote response service, which knows the token or the invitee, so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-survey-answer",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Survey Answer",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ANSWER,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=guest,power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class SurveyAnswerPortlet extends MVCPortlet {
}
