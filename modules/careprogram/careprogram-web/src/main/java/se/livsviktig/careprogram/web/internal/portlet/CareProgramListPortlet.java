package se.livsviktig.careprogram.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;

/**
 * Vård- och insatsprogram on an intranet page: the site's programmes, filtered by target group, administration,
 * review state and keyword, each with how many administrations reviewed their routine on time; a programme opens
 * as its page in the same widget (the national summary, each administration's routine with its badge and owner,
 * related courses with their next sessions, contacts and the national link).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=livsviktig-careprogram-list",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Care and intervention programmes",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_LIST,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=guest,power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class CareProgramListPortlet extends MVCPortlet {
}
