package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;

/**
 * Saves a meeting's notes; the service cleans them with the portal's sanitizer before it checks their length.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.UPDATE_MEETING_NOTES
	},
	service = MVCActionCommand.class
)
public class UpdateMeetingNotesMVCActionCommand
	extends BaseNetworkMeetingMVCActionCommand {

	@Override
	protected NetworkMeeting act(ActionRequest actionRequest)
		throws PortalException {

		return _networkMeetingService.updateNetworkMeetingNotes(
			ParamUtil.getLong(actionRequest, "networkMeetingId"),
			ParamUtil.getString(actionRequest, "notes"));
	}

	@Override
	protected Set<Class<? extends PortalException>> getFormErrors() {
		return MeetingFieldErrors.NOTES_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.UPDATE_MEETING_NOTES;
	}

	@Override
	protected String getSuccessMessage() {
		return NetworkMessages.NOTES_SAVED;
	}

	@Reference
	private NetworkMeetingService _networkMeetingService;

}
