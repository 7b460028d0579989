package se.livsviktig.careprogram.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;

/**
 * Puts Livsviktig – Vård- och insatsprogram under the site's Content &amp; Data menu, after Livsviktig –
 * Instruktörer. The portal shows the entry to those with the portlet's ACCESS_IN_CONTROL_PANEL permission in the
 * site.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"panel.app.order:Integer=820",
		"panel.category.key=" + PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT,
		"service.ranking:Integer=100"
	},
	service = PanelApp.class
)
public class CareProgramAdminPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return CareProgramPortletKeys.CARE_PROGRAM_ADMIN;
	}

	@Reference(
		target = "(javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN + ")"
	)
	private Portlet _portlet;

}
