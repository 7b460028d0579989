package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.DeleteConfirmation;

/**
 * Asks before a programme is deleted, naming it and what goes with it: its local routines, the review log's
 * entries and its contacts (the service deletes them in one transaction). A coordinator who may not delete it, or
 * a programme gone, gets the error page instead.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.CONFIRM_DELETE_CARE_PROGRAM
	},
	service = MVCRenderCommand.class
)
public class ConfirmDeleteCareProgramMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		_careProgramModelResourcePermission.check(
			themeDisplay.getPermissionChecker(), careProgram,
			ActionKeys.DELETE);

		long careProgramId = careProgram.getCareProgramId();

		renderRequest.setAttribute(
			CareProgramWebKeys.DELETE_CONFIRMATION,
			new DeleteConfirmation(
				"delete-the-programme-x",
				careProgram.getTitle(themeDisplay.getLocale()),
				List.of(
					new DeleteConfirmation.Consequence(
						"x-local-routines",
						_localRoutineLocalService.getCareProgramLocalRoutines(
							careProgramId
						).size()),
					new DeleteConfirmation.Consequence(
						"x-reviews-in-the-review-log",
						_contentReviewLocalService.getCareProgramReviewsCount(
							careProgramId)),
					new DeleteConfirmation.Consequence(
						"x-contacts",
						_careProgramService.getContactUserIds(
							careProgramId
						).length)),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.DELETE_CARE_PROGRAM
				).buildString(),
				"careProgramId", careProgramId,
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
				).buildString()));

		return "/care_program_admin/confirm_delete.jsp";
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.CareProgram)"
	)
	private ModelResourcePermission<CareProgram>
		_careProgramModelResourcePermission;

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private ContentReviewLocalService _contentReviewLocalService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

}
