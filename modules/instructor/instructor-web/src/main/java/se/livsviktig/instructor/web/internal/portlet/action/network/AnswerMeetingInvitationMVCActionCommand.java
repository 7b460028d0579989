package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;

/**
 * A member's own answer to a meeting invitation (coming / not coming), from the network page or from Mina
 * instruktörsuppdrag: the reader goes back where they answered (the redirect, checked by the portal) with a
 * message, or the reason it was refused (started, cancelled, not invited). A missing permission, or a meeting
 * gone, shows the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"javax.portlet.name=" + InstructorPortletKeys.MY_INSTRUCTOR_ASSIGNMENTS,
		"mvc.command.name=" + InstructorMVCCommandNames.ANSWER_MEETING_INVITATION
	},
	service = MVCActionCommand.class
)
public class AnswerMeetingInvitationMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		try {
			_meetingParticipantService.answerNetworkMeeting(
				ParamUtil.getLong(actionRequest, "networkMeetingId"),
				ParamUtil.getInteger(actionRequest, "answer"));

			SessionMessages.add(actionRequest, NetworkMessages.ANSWER_SAVED);
		}
		catch (NoSuchNetworkMeetingException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", BaseNetworkMVCRenderCommand.ERROR_JSP
			);

			return;
		}
		catch (PortalException portalException) {
			if (!MeetingFieldErrors.ANSWER_ERRORS.contains(
					portalException.getClass())) {

				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);
		}

		String redirect = _portal.escapeRedirect(
			ParamUtil.getString(actionRequest, "redirect"));

		if (Validator.isNotNull(redirect)) {
			actionResponse.sendRedirect(redirect);
		}
	}

	@Reference
	private MeetingParticipantService _meetingParticipantService;

	@Reference
	private Portal _portal;

}
