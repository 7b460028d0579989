package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The confirmation that cancels a meeting
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.CANCEL_NETWORK_MEETING
	},
	service = MVCRenderCommand.class
)
public class CancelNetworkMeetingMVCRenderCommand extends BaseMeetingTaskMVCRenderCommand {

	@Override
	protected String getActionName() {
		return InstructorMVCCommandNames.CANCEL_NETWORK_MEETING;
	}

	@Override
	protected String getJspPath() {
		return "/instructor_network/cancel_network_meeting.jsp";
	}

	@Override
	protected boolean isWithAttendance() {
		return true;
	}

}
