package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.DeleteConfirmation;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;

/**
 * Asks before an administration's local routine is deleted, naming the programme and the administration and what
 * goes with it: the routine's entries in the review log. The article in Web Content stays. A coordinator who may
 * not delete it, or a routine gone, gets the error page instead.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.CONFIRM_DELETE_LOCAL_ROUTINE
	},
	service = MVCRenderCommand.class
)
public class ConfirmDeleteLocalRoutineMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		LocalRoutine localRoutine = _localRoutine(
			careProgram, ParamUtil.getLong(renderRequest, "localRoutineId"));

		_localRoutineModelResourcePermission.check(
			themeDisplay.getPermissionChecker(), localRoutine,
			ActionKeys.DELETE);

		PeopleAndPlaces peopleAndPlaces = new PeopleAndPlaces(
			userLocalService, _organizationLocalService);

		renderRequest.setAttribute(
			CareProgramWebKeys.DELETE_CONFIRMATION,
			new DeleteConfirmation(
				"delete-the-local-routine-x",
				careProgram.getTitle(themeDisplay.getLocale()) + " – " +
					peopleAndPlaces.administrationName(
						localRoutine.getOrganizationId()),
				List.of(
					new DeleteConfirmation.Consequence(
						"x-reviews-in-the-review-log",
						_contentReviewLocalService.getLocalRoutineReviewsCount(
							localRoutine.getLocalRoutineId()))),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.DELETE_LOCAL_ROUTINE
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).buildString(),
				"localRoutineId", localRoutine.getLocalRoutineId(),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES
				).setParameter(
					"careProgramId", careProgram.getCareProgramId()
				).buildString()));

		return "/care_program_admin/confirm_delete.jsp";
	}

	private LocalRoutine _localRoutine(
			CareProgram careProgram, long localRoutineId)
		throws PortalException {

		for (LocalRoutine localRoutine :
				_localRoutineService.getCareProgramLocalRoutines(
					careProgram.getCareProgramId())) {

			if (localRoutine.getLocalRoutineId() == localRoutineId) {
				return localRoutine;
			}
		}

		throw new NoSuchLocalRoutineException(
			"No local routine " + localRoutineId + " of care program " +
				careProgram.getCareProgramId());
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

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
