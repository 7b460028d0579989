package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminTrainingMethodsDisplayContext;

/**
 * Archives a training method (no new courses choose it; its courses and history stay) or makes an archived one
 * active again. A method is archived rather than deleted once anything refers to it. The remote service checks
 * UPDATE on the method.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_ARCHIVE_TRAINING_METHOD,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_RESTORE_TRAINING_METHOD
	},
	service = MVCActionCommand.class
)
public class AdminTrainingMethodStatusMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		boolean archive = TrainingMVCCommandNames.ADMIN_ARCHIVE_TRAINING_METHOD.equals(
			ParamUtil.getString(actionRequest, ActionRequest.ACTION_NAME));

		try {
			_trainingMethodService.updateStatus(
				ParamUtil.getLong(actionRequest, "trainingMethodId"),
				archive ? WorkflowConstants.STATUS_INACTIVE :
					WorkflowConstants.STATUS_APPROVED);

			SessionMessages.add(
				actionRequest,
				archive ?
					AdminTrainingMethodsDisplayContext.ARCHIVED_MESSAGE_KEY :
						AdminTrainingMethodsDisplayContext.RESTORED_MESSAGE_KEY);

			String redirect = ParamUtil.getString(actionRequest, "redirect");

			if (Validator.isNotNull(redirect)) {
				sendRedirect(actionRequest, actionResponse, redirect);
			}
		}
		catch (NoSuchTrainingMethodException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", "/error.jsp"
			);
		}
	}

	@Reference
	private TrainingMethodService _trainingMethodService;

}
