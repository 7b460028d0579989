package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;

/**
 * Marks who came to a meeting from one form: each invited member's choice (parameter attendance + their user id)
 * that differs from what is stored is passed to the service, which refuses before the meeting starts and for a
 * cancelled one. A member without a choice in the form is left as they were.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE
	},
	service = MVCActionCommand.class
)
public class MarkMeetingAttendanceMVCActionCommand
	extends BaseNetworkMeetingMVCActionCommand {

	@Override
	protected NetworkMeeting act(ActionRequest actionRequest)
		throws PortalException {

		long networkMeetingId = ParamUtil.getLong(
			actionRequest, "networkMeetingId");

		NetworkMeeting networkMeeting = _networkMeetingService.getNetworkMeeting(
			networkMeetingId);

		for (MeetingParticipant meetingParticipant :
				_meetingParticipantService.getMeetingParticipants(
					networkMeetingId)) {

			int attendance = ParamUtil.getInteger(
				actionRequest,
				"attendance" + meetingParticipant.getParticipantUserId(), -1);

			if ((attendance < 0) ||
				(attendance == meetingParticipant.getAttendance())) {

				continue;
			}

			_meetingParticipantService.markNetworkMeetingAttendance(
				networkMeetingId, meetingParticipant.getParticipantUserId(),
				attendance);
		}

		return networkMeeting;
	}

	@Override
	protected Set<Class<? extends PortalException>> getFormErrors() {
		return MeetingFieldErrors.ATTENDANCE_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE;
	}

	@Override
	protected String getSuccessMessage() {
		return NetworkMessages.ATTENDANCE_SAVED;
	}

	@Reference
	private MeetingParticipantService _meetingParticipantService;

	@Reference
	private NetworkMeetingService _networkMeetingService;

}
