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
 * Approves a request waiting on the session, with an optional comment, for a coordinator who may decide it.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.APPROVE_SESSION_PARTICIPANT
	},
	service = MVCActionCommand.class
)
public class ApproveSessionParticipantMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		Registration registration = _registrationService.approveRegistration(
			ParamUtil.getLong(actionRequest, "registrationId"),
			ParamUtil.getString(actionRequest, "comment"));

		return new String[] {
			"the-request-from-x-was-approved", registration.getUserName()
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_APPROVAL;
	}

	@Reference
	private RegistrationService _registrationService;

}
