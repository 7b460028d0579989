package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Moves a person to another session of the same course: their seat here goes to the waitlist, and there they get a seat or a place in line.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.MOVE_SESSION_PARTICIPANT
	},
	service = MVCActionCommand.class
)
public class MoveSessionParticipantMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		Registration registration = _registrationService.moveRegistration(
			ParamUtil.getLong(actionRequest, "moveRegistrationId"),
			ParamUtil.getLong(actionRequest, "targetCourseSessionId"),
			ParamUtil.getString(actionRequest, "moveReason"));

		return new String[] {
			"x-was-moved-to-the-other-session-status-x",
			registration.getUserName(),
			"registration-status-" +
				RegistrationConstants.getStatusLabel(registration.getStatus())
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_MOVE;
	}

	@Reference
	private RegistrationService _registrationService;

}
