package se.livsviktig.report.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportPortletKeys;

/**
 * Puts Livsviktig – Årsuppföljning under the site's Content &amp; Data menu, after the other Livsviktig apps. The
 * portal shows the entry to those with the portlet's ACCESS_IN_CONTROL_PANEL permission in the site.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"panel.app.order:Integer=830",
		"panel.category.key=" + PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT,
		"service.ranking:Integer=100"
	},
	service = PanelApp.class
)
public class ReportAdminPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return ReportPortletKeys.REPORT;
	}

	@Reference(target = "(javax.portlet.name=" + ReportPortletKeys.REPORT + ")")
	private Portlet _portlet;

}
