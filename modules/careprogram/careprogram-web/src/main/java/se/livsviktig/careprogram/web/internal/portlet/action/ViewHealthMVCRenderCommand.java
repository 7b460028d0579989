package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.service.CareProgramHealthService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.HealthRows;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;

/**
 * The health overview per administration in Livsviktig – Vård- och insatsprogram, read through the remote service
 * (MANAGE_CARE_PROGRAMS on the site) in one statement.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_HEALTH
	},
	service = MVCRenderCommand.class
)
public class ViewHealthMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		renderRequest.setAttribute(
			CareProgramWebKeys.HEALTH_DISPLAY_CONTEXT,
			new HealthRows(
				new PeopleAndPlaces(userLocalService, _organizationLocalService),
				themeDisplay.getLocale()
			).toRows(
				_careProgramHealthService.getAdministrationHealth(
					themeDisplay.getScopeGroupId())
			));

		return "/care_program_admin/view_health.jsp";
	}

	@Reference
	private CareProgramHealthService _careProgramHealthService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
