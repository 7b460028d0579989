package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * Saves the routine form through the remote service. Saved, the coordinator lands on the programme's routines
 * with a message; a refusal of the input (an administration of another company, one that already has a routine,
 * an unknown owner, an interval out of range, another site's article) brings the form back with what was typed,
 * nothing written; a missing permission, or a routine gone, shows the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
	},
	service = MVCActionCommand.class
)
public class EditLocalRoutineMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		long careProgramId = ParamUtil.getLong(actionRequest, "careProgramId");

		try {
			_save(actionRequest, careProgramId);

			SessionMessages.add(
				actionRequest, CareProgramMessages.LOCAL_ROUTINE_SAVED);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES);
			renderParameters.setValue(
				"careProgramId", String.valueOf(careProgramId));
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);
		}
		catch (PortalException portalException) {
			if (!CareProgramFieldErrors.LOCAL_ROUTINE_FORM_ERRORS.contains(
					portalException.getClass())) {

				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			_portal.copyRequestParameters(actionRequest, actionResponse);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE);
		}
	}

	private LocalRoutine _save(ActionRequest actionRequest, long careProgramId)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long localRoutineId = ParamUtil.getLong(
			actionRequest, "localRoutineId");
		long articleResourcePrimKey = ParamUtil.getLong(
			actionRequest, "articleResourcePrimKey");
		long ownerUserId = new PersonInput(
			_userLocalService, themeDisplay.getCompanyId()
		).userId(
			ParamUtil.getString(actionRequest, "ownerEmailAddress")
		);
		int reviewIntervalMonths = ParamUtil.getInteger(
			actionRequest, "reviewIntervalMonths");

		if (localRoutineId > 0) {
			return _localRoutineService.updateLocalRoutine(
				localRoutineId, articleResourcePrimKey, ownerUserId,
				reviewIntervalMonths);
		}

		return _localRoutineService.addLocalRoutine(
			careProgramId, ParamUtil.getLong(actionRequest, "organizationId"),
			articleResourcePrimKey, ownerUserId, reviewIntervalMonths,
			ServiceContextFactory.getInstance(
				LocalRoutine.class.getName(), actionRequest));
	}

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private Portal _portal;

	@Reference
	private UserLocalService _userLocalService;

}
