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
 * Cancels a meeting: the row stays, with its notes and answers, and its sequence rises for the invitation's
 * calendar entry.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.CANCEL_NETWORK_MEETING
	},
	service = MVCActionCommand.class
)
public class CancelNetworkMeetingMVCActionCommand
	extends BaseNetworkMeetingMVCActionCommand {

	@Override
	protected NetworkMeeting act(ActionRequest actionRequest)
		throws PortalException {

		return _networkMeetingService.cancelNetworkMeeting(
			ParamUtil.getLong(actionRequest, "networkMeetingId"));
	}

	@Override
	protected Set<Class<? extends PortalException>> getFormErrors() {
		return MeetingFieldErrors.CANCEL_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.CANCEL_NETWORK_MEETING;
	}

	@Override
	protected String getSuccessMessage() {
		return NetworkMessages.MEETING_CANCELLED;
	}

	@Reference
	private NetworkMeetingService _networkMeetingService;

}
