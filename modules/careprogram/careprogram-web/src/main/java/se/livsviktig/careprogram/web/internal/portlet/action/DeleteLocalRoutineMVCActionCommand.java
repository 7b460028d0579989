package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * Deletes an administration's local routine, with its reviews and notices, through the remote service (DELETE on
 * the routine); its Web Content article stays. Deleted, the coordinator lands on the programme's routines with a
 * message; refused (no permission) or gone already, the error page says so in their language and nothing is
 * deleted.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.DELETE_LOCAL_ROUTINE
	},
	service = MVCActionCommand.class
)
public class DeleteLocalRoutineMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			_localRoutineService.deleteLocalRoutine(
				ParamUtil.getLong(actionRequest, "localRoutineId"));

			SessionMessages.add(
				actionRequest, CareProgramMessages.LOCAL_ROUTINE_DELETED);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES);
			renderParameters.setValue(
				"careProgramId",
				ParamUtil.getString(actionRequest, "careProgramId"));
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);
		}
	}

	@Reference
	private LocalRoutineService _localRoutineService;

}
