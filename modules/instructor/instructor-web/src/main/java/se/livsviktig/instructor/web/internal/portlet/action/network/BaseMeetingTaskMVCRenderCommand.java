package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.web.internal.display.context.network.AttendanceRow;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingRow;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingTaskDisplayContext;

/**
 * The forms about one meeting that only whoever may update its network fills in (cancel, notes, attendance):
 * the meeting is read through the remote service and the reader's UPDATE checked before the form is shown.
 *
 * @author Livsviktig
 */
public abstract class BaseMeetingTaskMVCRenderCommand
	extends BaseNetworkMVCRenderCommand {

	public static final String MEETING_TASK_DISPLAY_CONTEXT =
		"MEETING_TASK_DISPLAY_CONTEXT";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		NetworkMeeting networkMeeting = networkMeeting(
			ParamUtil.getLong(renderRequest, "networkMeetingId"));

		checkUpdate(renderRequest, networkMeeting.getInstructorNetworkId());

		List<AttendanceRow> attendanceRows = List.of();

		if (isWithAttendance()) {
			attendanceRows = attendanceRows(
				networkMeeting.getNetworkMeetingId());
		}

		renderRequest.setAttribute(
			MEETING_TASK_DISPLAY_CONTEXT,
			new MeetingTaskDisplayContext(
				renderRequest, renderResponse, getActionName(),
				meetingRows(
					renderRequest
				).toRow(
					networkMeeting, MeetingRow.NOT_INVITED, attendanceRows
				)));

		return getJspPath();
	}

	/**
	 * @return the action command the form posts to
	 */
	protected abstract String getActionName();

	protected abstract String getJspPath();

	/**
	 * @return whether the form lists who was invited
	 */
	protected boolean isWithAttendance() {
		return false;
	}

}
