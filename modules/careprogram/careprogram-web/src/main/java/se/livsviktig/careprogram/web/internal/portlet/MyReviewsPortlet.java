package se.livsviktig.careprogram.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;

/**
 * Mina granskningar: the programmes and local routines the signed-in person owns, those due or overdue first,
 * each confirmed "still correct" in one click. The review notices link here (myReviewsURL).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.css-class-wrapper=livsviktig-my-reviews",
		"com.liferay.portlet.display-category=category.livsviktig",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=My reviews",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.name=" + CareProgramPortletKeys.MY_REVIEWS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MyReviewsPortlet extends MVCPortlet {
}
