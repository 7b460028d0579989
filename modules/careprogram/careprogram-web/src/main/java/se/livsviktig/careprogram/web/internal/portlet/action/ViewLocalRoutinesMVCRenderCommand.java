package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.LocalRoutineRows;
import se.livsviktig.careprogram.web.internal.display.context.LocalRoutinesDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;

/**
 * A programme's local routines in Livsviktig – Vård- och insatsprogram, read through the remote services.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES
	},
	service = MVCRenderCommand.class
)
public class ViewLocalRoutinesMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		List<LocalRoutine> localRoutines =
			_localRoutineService.getCareProgramLocalRoutines(
				careProgram.getCareProgramId());

		Map<Long, String> editURLs = new HashMap<>();
		Map<Long, String> deleteURLs = new HashMap<>();

		for (LocalRoutine localRoutine : localRoutines) {
			editURLs.put(
				localRoutine.getLocalRoutineId(),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).setParameter(
					"localRoutineId", localRoutine.getLocalRoutineId()
				).buildString());

			// The button only for whoever may delete; the service refuses the others all the same.

			if (_localRoutineModelResourcePermission.contains(
					themeDisplay.getPermissionChecker(), localRoutine,
					ActionKeys.DELETE)) {

				deleteURLs.put(
					localRoutine.getLocalRoutineId(),
					PortletURLBuilder.createRenderURL(
						renderResponse
					).setMVCRenderCommandName(
						CareProgramMVCCommandNames.CONFIRM_DELETE_LOCAL_ROUTINE
					).setParameter(
						"careProgramId", careProgram.getCareProgramId()
					).setParameter(
						"localRoutineId", localRoutine.getLocalRoutineId()
					).buildString());
			}
		}

		renderRequest.setAttribute(
			CareProgramWebKeys.LOCAL_ROUTINES_DISPLAY_CONTEXT,
			new LocalRoutinesDisplayContext(
				careProgram.getTitle(themeDisplay.getLocale()),
				new LocalRoutineRows(
					reviewStatusReader(renderRequest),
					reviewBadges(renderRequest),
					new PeopleAndPlaces(
						userLocalService, _organizationLocalService),
					themeDisplay.getLocale()
				).toRows(
					localRoutines
				),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).buildString(),
				editURLs, deleteURLs,
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
				).buildString(),
				CareProgramMessages.getSuccessMessageKey(renderRequest)));

		return "/care_program_admin/view_local_routines.jsp";
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.LocalRoutine)"
	)
	private ModelResourcePermission<LocalRoutine>
		_localRoutineModelResourcePermission;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
