package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;

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
 * Registers one person a coordinator names by e-mail address or screen name: with a seat, waiting for approval or on the waitlist, as the session's seats allow.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADD_SESSION_PARTICIPANT
	},
	service = MVCActionCommand.class
)
public class AddSessionParticipantMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		User user = getUser(actionRequest, _userLocalService, "participant");

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			Registration.class.getName(), actionRequest);

		Registration registration =
			_registrationService.addRegistrationForUser(
				user.getUserId(),
				ParamUtil.getLong(actionRequest, "courseSessionId"), 0, null,
				null, serviceContext);

		return new String[] {
			"x-was-registered-on-the-session-status-x", user.getFullName(),
			"registration-status-" +
				RegistrationConstants.getStatusLabel(registration.getStatus())
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_ADD;
	}

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private UserLocalService _userLocalService;

}
