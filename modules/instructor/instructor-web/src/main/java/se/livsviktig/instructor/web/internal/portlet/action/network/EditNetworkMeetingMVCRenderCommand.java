package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFormDisplayContext;

/**
 * The form that adds a meeting to a network (with instructorNetworkId) or changes one (with networkMeetingId),
 * shown only to whoever may update the network: the service would refuse anyone else.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.EDIT_NETWORK_MEETING
	},
	service = MVCRenderCommand.class
)
public class EditNetworkMeetingMVCRenderCommand
	extends BaseNetworkMVCRenderCommand {

	public static final String MEETING_FORM_DISPLAY_CONTEXT =
		"MEETING_FORM_DISPLAY_CONTEXT";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long networkMeetingId = ParamUtil.getLong(
			renderRequest, "networkMeetingId");

		NetworkMeeting networkMeeting = null;
		long instructorNetworkId;

		if (networkMeetingId > 0) {
			networkMeeting = networkMeeting(networkMeetingId);

			instructorNetworkId = networkMeeting.getInstructorNetworkId();
		}
		else {
			instructorNetworkId = ParamUtil.getLong(
				renderRequest, "instructorNetworkId");
		}

		checkUpdate(renderRequest, instructorNetworkId);

		renderRequest.setAttribute(
			MEETING_FORM_DISPLAY_CONTEXT,
			new MeetingFormDisplayContext(
				renderRequest, renderResponse, instructorNetworkId,
				networkMeeting,
				themeDisplay(
					renderRequest
				).getTimeZone(
				).toZoneId()));

		return "/instructor_network/edit_network_meeting.jsp";
	}

}
