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
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * Deletes a programme, with its routines, reviews, contacts and notices, through the remote service (DELETE on
 * the programme). Deleted, the coordinator lands on the programme list with a message; refused (no permission) or
 * gone already, the error page says so in their language and nothing is deleted.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.DELETE_CARE_PROGRAM
	},
	service = MVCActionCommand.class
)
public class DeleteCareProgramMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			_careProgramService.deleteCareProgram(
				ParamUtil.getLong(actionRequest, "careProgramId"));

			SessionMessages.add(
				actionRequest, CareProgramMessages.CARE_PROGRAM_DELETED);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS);
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);
		}
	}

	@Reference
	private CareProgramService _careProgramService;

}
