package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * A coordinator cancels (avbokar) someone's registration, also after the cancellation deadline, when the service
 * keeps the reason given. The freed seat goes to the first in line, and the person is told.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.CANCEL_SESSION_PARTICIPANT
	},
	service = MVCActionCommand.class
)
public class CancelSessionParticipantMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		Registration registration = _registrationService.cancelRegistration(
			ParamUtil.getLong(actionRequest, "cancelRegistrationId"),
			ParamUtil.getString(actionRequest, "cancelReason"));

		return new String[] {
			"the-registration-of-x-was-cancelled", registration.getUserName()
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_CANCEL;
	}

	@Reference
	private RegistrationService _registrationService;

}
