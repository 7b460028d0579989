package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Invites an instructor, named by e-mail address or screen name, or chosen with one click from the candidates an
 * instructor app offers (by user ID, of the coordinator's company), to teach the session; the service refuses
 * one not qualified for the method or invited already, and anyone when the coordinator may not staff it.
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
		User user = _getCandidate(actionRequest);

		if (user == null) {
			user = getUser(actionRequest, _userLocalService, "instructor");
		}

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

	/**
	 * @return the candidate invited with one click from the staffing view's list, named by user ID, or null when
	 *         the instructor was typed
	 */
	private User _getCandidate(ActionRequest actionRequest)
		throws PortalException {

		long instructorUserId = ParamUtil.getLong(
			actionRequest, "instructorUserId");

		if (instructorUserId <= 0) {
			return null;
		}

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		User user = _userLocalService.fetchUser(instructorUserId);

		if ((user == null) || !user.isActive() ||
			(user.getCompanyId() != themeDisplay.getCompanyId())) {

			throw new NoSuchUserException(
				"No active user " + instructorUserId + " in company " +
					themeDisplay.getCompanyId());
		}

		return user;
	}

	@Reference
	private SessionInstructorService _sessionInstructorService;

	@Reference
	private UserLocalService _userLocalService;

}
