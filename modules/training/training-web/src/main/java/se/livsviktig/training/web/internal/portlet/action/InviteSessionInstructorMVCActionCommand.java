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
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Invites an instructor, named by e-mail address or screen name, to teach the session; the service refuses one not qualified for the method or invited already.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.INVITE_SESSION_INSTRUCTOR
	},
	service = MVCActionCommand.class
)
public class InviteSessionInstructorMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		User user = getUser(actionRequest, _userLocalService, "instructor");

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			SessionInstructor.class.getName(), actionRequest);

		_sessionInstructorService.inviteInstructor(
			ParamUtil.getLong(actionRequest, "courseSessionId"),
			user.getUserId(),
			ParamUtil.getString(actionRequest, "instructorMessage"),
			serviceContext);

		return new String[] {"x-was-invited-to-teach", user.getFullName()};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_INVITE;
	}

	@Reference
	private SessionInstructorService _sessionInstructorService;

	@Reference
	private UserLocalService _userLocalService;

}
