package se.livsviktig.training.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Puts Livsviktig – Utbildning under the site's Content & Data menu. The portal shows the entry to those with
 * the portlet's ACCESS_IN_CONTROL_PANEL permission in the site (site administrators, and roles granted it).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"panel.app.order:Integer=800",
		"panel.category.key=" + PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT,
		"service.ranking:Integer=100"
	},
	service = PanelApp.class
)
public class TrainingAdminPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return TrainingPortletKeys.TRAINING_ADMIN;
	}

	@Reference(
		target = "(javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN + ")"
	)
	private Portlet _portlet;

}
