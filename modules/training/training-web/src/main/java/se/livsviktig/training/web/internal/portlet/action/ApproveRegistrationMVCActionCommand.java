package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.ApprovalsDisplayContext;

/**
 * Approves a request: the seat it held becomes the person's, and they are told.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=" + TrainingMVCCommandNames.APPROVE_REGISTRATION
	},
	service = MVCActionCommand.class
)
public class ApproveRegistrationMVCActionCommand
	extends BaseDecideRegistrationMVCActionCommand {

	@Override
	protected Registration decide(long registrationId, String comment)
		throws PortalException {

		return _registrationService.approveRegistration(registrationId, comment);
	}

	@Override
	protected String getSuccessMessageKey() {
		return ApprovalsDisplayContext.APPROVED_MESSAGE_KEY;
	}

	@Reference
	private RegistrationService _registrationService;

}
