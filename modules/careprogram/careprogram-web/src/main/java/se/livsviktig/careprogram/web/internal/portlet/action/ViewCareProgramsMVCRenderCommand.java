package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramListDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramRows;
import se.livsviktig.careprogram.web.internal.display.context.TargetGroups;

/**
 * The programme list, read through the remote service, so a reader sees the programmes their permissions show.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_LIST,
		"mvc.command.name=/",
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_CARE_PROGRAMS
	},
	service = MVCRenderCommand.class
)
public class ViewCareProgramsMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	/**
	 * How many programmes a page shows: the national list is about twenty, so most sites see one page.
	 */
	public static final int PAGE_SIZE = 20;

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		renderRequest.setAttribute(
			CareProgramWebKeys.CARE_PROGRAMS_DISPLAY_CONTEXT,
			new CareProgramListDisplayContext(
				renderRequest, renderResponse, _careProgramService,
				_localRoutineLocalService,
				new TargetGroups(
					_careProgramLocalService, _assetCategoryLocalService),
				_organizationLocalService,
				new CareProgramRows(
					reviewStatusReader(renderRequest),
					reviewBadges(renderRequest), themeDisplay.getLocale(),
					careProgramId -> PortletURLBuilder.createRenderURL(
						renderResponse
					).setMVCRenderCommandName(
						CareProgramMVCCommandNames.VIEW_CARE_PROGRAM
					).setParameter(
						"careProgramId", careProgramId
					).buildString()),
				themeDisplay, PAGE_SIZE));

		return "/care_programs/view.jsp";
	}

	@Reference
	private AssetCategoryLocalService _assetCategoryLocalService;

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
