package se.livsviktig.instructor.web.internal.display.context.network;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The links between the network page and the meeting views, in whichever portlet shows them (the network widget
 * or Livsviktig – Instruktörer): both register the same meeting commands.
 *
 * @author Livsviktig
 */
public class NetworkURLs {

	public NetworkURLs(RenderResponse renderResponse) {
		_renderResponse = renderResponse;
	}

	public String getAnswerURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.ANSWER_MEETING_INVITATION
		).buildString();
	}

	public String getAttendanceURL(long networkMeetingId) {
		return _meetingURL(
			InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE,
			networkMeetingId);
	}

	public String getCancelURL(long networkMeetingId) {
		return _meetingURL(
			InstructorMVCCommandNames.CANCEL_NETWORK_MEETING, networkMeetingId);
	}

	public String getEditURL(long networkMeetingId) {
		return _meetingURL(
			InstructorMVCCommandNames.EDIT_NETWORK_MEETING, networkMeetingId);
	}

	public String getMeetingsURL(long instructorNetworkId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.VIEW_NETWORK_MEETINGS
		).setParameter(
			"instructorNetworkId", instructorNetworkId
		).buildString();
	}

	public String getNetworkListURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).buildString();
	}

	public String getNetworkURL(long instructorNetworkId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setParameter(
			"instructorNetworkId", instructorNetworkId
		).buildString();
	}

	public String getNewMeetingURL(long instructorNetworkId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.EDIT_NETWORK_MEETING
		).setParameter(
			"instructorNetworkId", instructorNetworkId
		).buildString();
	}

	public String getNotesURL(long networkMeetingId) {
		return _meetingURL(
			InstructorMVCCommandNames.UPDATE_MEETING_NOTES, networkMeetingId);
	}

	private String _meetingURL(
		String mvcRenderCommandName, long networkMeetingId) {

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setParameter(
			"networkMeetingId", networkMeetingId
		).buildString();
	}

	private final RenderResponse _renderResponse;

}
