package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The form for a meeting's notes, written after it (rich text the service cleans with the portal's sanitizer).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.UPDATE_MEETING_NOTES
	},
	service = MVCRenderCommand.class
)
public class UpdateMeetingNotesMVCRenderCommand extends BaseMeetingTaskMVCRenderCommand {

	@Override
	protected String getActionName() {
		return InstructorMVCCommandNames.UPDATE_MEETING_NOTES;
	}

	@Override
	protected String getJspPath() {
		return "/instructor_network/update_meeting_notes.jsp";
	}

}
