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
 * Declines a request: its seat goes to the first on the waitlist, and the person is told.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=" + TrainingMVCCommandNames.DECLINE_REGISTRATION
	},
	service = MVCActionCommand.class
)
public class DeclineRegistrationMVCActionCommand
	extends BaseDecideRegistrationMVCActionCommand {

	@Override
	protected Registration decide(long registrationId, String comment)
		throws PortalException {

		return _registrationService.declineRegistration(registrationId, comment);
	}

	@Override
	protected String getSuccessMessageKey() {
		return ApprovalsDisplayContext.DECLINED_MESSAGE_KEY;
	}

	@Reference
	private RegistrationService _registrationService;

}
