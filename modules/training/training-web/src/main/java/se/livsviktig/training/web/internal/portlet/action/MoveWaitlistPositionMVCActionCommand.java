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
 * Moves a waitlisted person up, down or to a place in line, for a reason the registration's history keeps.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.MOVE_WAITLIST_POSITION
	},
	service = MVCActionCommand.class
)
public class MoveWaitlistPositionMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		long registrationId = ParamUtil.getLong(
			actionRequest, "waitlistRegistrationId");

		String direction = ParamUtil.getString(actionRequest, "direction");

		int position;

		if (direction.equals("up") || direction.equals("down")) {
			int currentPosition = _registrationService.getWaitlistPosition(
				registrationId);

			position = direction.equals("up") ?
				Math.max(1, currentPosition - 1) : currentPosition + 1;
		}
		else {
			position = ParamUtil.getInteger(
				actionRequest, "waitlistPosition");
		}

		Registration registration = _registrationService.moveWaitlistPosition(
			registrationId, position,
			ParamUtil.getString(actionRequest, "waitlistReason"));

		return new String[] {
			"x-is-now-number-x-in-line", registration.getUserName(),
			String.valueOf(
				_registrationService.getWaitlistPosition(registrationId))
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_WAITLIST;
	}

	@Reference
	private RegistrationService _registrationService;

}
