package se.livsviktig.instructor.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.model.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;

/**
 * Puts Livsviktig – Instruktörer under the site's Content & Data menu, after Livsviktig – Utbildning. The
 * portal shows the entry to those with the portlet's ACCESS_IN_CONTROL_PANEL permission in the site.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"panel.app.order:Integer=810",
		"panel.category.key=" + PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT,
		"service.ranking:Integer=100"
	},
	service = PanelApp.class
)
public class InstructorAdminPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return InstructorPortletKeys.INSTRUCTOR_ADMIN;
	}

	@Reference(
		target = "(javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN + ")"
	)
	private Portlet _portlet;

}
