package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingRows;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMeetingsDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkURLs;

/**
 * A network's meetings, upcoming and past; whoever may update the network also gets the links to add, change,
 * cancel, write notes and mark attendance. Shown in the network widget and in Livsviktig – Instruktörer.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.VIEW_NETWORK_MEETINGS
	},
	service = MVCRenderCommand.class
)
public class ViewNetworkMeetingsMVCRenderCommand
	extends BaseNetworkMVCRenderCommand {

	public static final String NETWORK_MEETINGS_DISPLAY_CONTEXT =
		"NETWORK_MEETINGS_DISPLAY_CONTEXT";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long instructorNetworkId = ParamUtil.getLong(
			renderRequest, "instructorNetworkId");

		InstructorNetwork instructorNetwork =
			_instructorNetworkService.getInstructorNetwork(instructorNetworkId);

		List<NetworkMeeting> networkMeetings =
			networkMeetingService.getNetworkMeetings(instructorNetworkId);

		MeetingRows meetingRows = meetingRows(renderRequest);
		NetworkURLs networkURLs = new NetworkURLs(renderResponse);

		String backURL = null;

		if (InstructorPortletKeys.INSTRUCTOR_NETWORK.equals(
				themeDisplay(
					renderRequest
				).getPortletDisplay(
				).getPortletName())) {

			backURL = networkURLs.getNetworkURL(instructorNetworkId);
		}

		renderRequest.setAttribute(
			NETWORK_MEETINGS_DISPLAY_CONTEXT,
			new NetworkMeetingsDisplayContext(
				instructorNetworkId, instructorNetwork.getName(),
				meetingRows.upcoming(networkMeetings, Map.of()),
				meetingRows.past(networkMeetings, Map.of(), Map.of()),
				canUpdate(renderRequest, instructorNetworkId), networkURLs,
				backURL, NetworkMessages.getSuccessMessageKey(renderRequest)));

		return "/instructor_network/view_network_meetings.jsp";
	}

	@Reference
	private InstructorNetworkService _instructorNetworkService;

}
