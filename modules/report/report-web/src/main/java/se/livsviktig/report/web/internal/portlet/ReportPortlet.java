package se.livsviktig.report.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.constants.ReportPortletKeys;

/**
 * Livsviktig – Årsuppföljning: the coordinators' Site Administration app, where the year's figures are read per
 * administration, method and sex, and frozen when they are reported. Its panel entry is {@code
 * ReportAdminPanelApp}; every figure is read and every freeze made through the remote services, which check
 * VIEW_REPORTS, FREEZE_REPORTS and UNFREEZE_REPORTS, so the portlet needs no role of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=livsviktig-report",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Livsviktig – Annual follow-up",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.init-param.template-path=/META-INF/resources/",
		"javax.portlet.init-param.view-template=/overview/view.jsp",
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class ReportPortlet extends MVCPortlet {
}
