package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The form that marks who came to a meeting, one present/absent choice per invited member; before the meeting starts it says when attendance can be marked instead.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE
	},
	service = MVCRenderCommand.class
)
public class MarkMeetingAttendanceMVCRenderCommand extends BaseMeetingTaskMVCRenderCommand {

	@Override
	protected String getActionName() {
		return InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE;
	}

	@Override
	protected String getJspPath() {
		return "/instructor_network/mark_meeting_attendance.jsp";
	}

	@Override
	protected boolean isWithAttendance() {
		return true;
	}

}
