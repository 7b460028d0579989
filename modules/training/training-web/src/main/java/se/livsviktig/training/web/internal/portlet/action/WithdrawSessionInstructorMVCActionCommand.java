package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Withdraws an instructor's invitation to the session.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.WITHDRAW_SESSION_INSTRUCTOR
	},
	service = MVCActionCommand.class
)
public class WithdrawSessionInstructorMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		SessionInstructor sessionInstructor =
			_sessionInstructorService.withdrawInstructor(
				ParamUtil.getLong(actionRequest, "sessionInstructorId"));

		return new String[] {
			"the-invitation-of-x-was-withdrawn", sessionInstructor.getUserName()
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_INVITE;
	}

	@Reference
	private SessionInstructorService _sessionInstructorService;

}
