package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.display.context.network.AttendanceRow;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingRows;

/**
 * What the network and meeting views share: they read through the remote services, so a reader without the
 * network's permission, or a network or meeting gone, gets the error page with its reason instead of the view.
 * Whether the reader may update a network (and so sees attendance and manages meetings) is the network's
 * ModelResourcePermission's answer, never a role.
 *
 * @author Livsviktig
 */
public abstract class BaseNetworkMVCRenderCommand implements MVCRenderCommand {

	public static final String ERROR_JSP = "/instructor_network/error.jsp";

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (NoSuchInstructorNetworkException |
			   NoSuchNetworkMeetingException | PrincipalException exception) {

			SessionErrors.add(renderRequest, exception.getClass());

			return ERROR_JSP;
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	protected void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @return who was invited to the meeting, with their answers and attendance (needs the meeting's UPDATE)
	 */
	protected List<AttendanceRow> attendanceRows(long networkMeetingId)
		throws PortalException {

		List<AttendanceRow> attendanceRows = new ArrayList<>();

		for (MeetingParticipant meetingParticipant :
				meetingParticipantService.getMeetingParticipants(
					networkMeetingId)) {

			User user = userLocalService.fetchUser(
				meetingParticipant.getParticipantUserId());

			attendanceRows.add(
				new AttendanceRow(
					meetingParticipant.getParticipantUserId(),
					(user == null) ? null : user.getFullName(),
					meetingParticipant.getAnswer(),
					meetingParticipant.getAttendance()));
		}

		attendanceRows.sort(
			(row1, row2) -> String.valueOf(
				row1.getFullName()
			).compareToIgnoreCase(
				String.valueOf(row2.getFullName())
			));

		return attendanceRows;
	}

	/**
	 * @return whether the reader may update the network: its coordinators, or those granted UPDATE
	 */
	protected boolean canUpdate(
			PortletRequest portletRequest, long instructorNetworkId)
		throws PortalException {

		return instructorNetworkModelResourcePermission.contains(
			themeDisplay(
				portletRequest
			).getPermissionChecker(),
			instructorNetworkId, ActionKeys.UPDATE);
	}

	/**
	 * Refuses a reader who may not update the network, before a form that the service would refuse anyway.
	 */
	protected void checkUpdate(
			PortletRequest portletRequest, long instructorNetworkId)
		throws PortalException {

		instructorNetworkModelResourcePermission.check(
			themeDisplay(
				portletRequest
			).getPermissionChecker(),
			instructorNetworkId, ActionKeys.UPDATE);
	}

	/**
	 * Puts the view's display context on the request.
	 *
	 * @return the view's JSP
	 */
	protected abstract String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	/**
	 * @return a row maker in the reader's language and time zone, knowing which meetings have started
	 */
	protected MeetingRows meetingRows(PortletRequest portletRequest) {
		ThemeDisplay themeDisplay = themeDisplay(portletRequest);

		return new MeetingRows(
			themeDisplay.getLocale(),
			themeDisplay.getTimeZone(
			).toZoneId(),
			clock.instant());
	}

	/**
	 * @return the reader's own answers by meeting id, from one query over all their invitations
	 */
	protected Map<Long, Integer> myAnswers(PortletRequest portletRequest) {
		Map<Long, Integer> myAnswers = new HashMap<>();

		for (MeetingParticipant meetingParticipant :
				meetingParticipantLocalService.
					getParticipantMeetingParticipants(
						themeDisplay(
							portletRequest
						).getUserId())) {

			myAnswers.put(
				meetingParticipant.getNetworkMeetingId(),
				meetingParticipant.getAnswer());
		}

		return myAnswers;
	}

	/**
	 * @return the meeting, read through the remote service (VIEW)
	 */
	protected NetworkMeeting networkMeeting(long networkMeetingId)
		throws PortalException {

		return networkMeetingService.getNetworkMeeting(networkMeetingId);
	}

	protected ThemeDisplay themeDisplay(PortletRequest portletRequest) {
		return (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	protected Clock clock = Clock.systemUTC();

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	protected ModelResourcePermission<InstructorNetwork>
		instructorNetworkModelResourcePermission;

	@Reference
	protected MeetingParticipantLocalService meetingParticipantLocalService;

	@Reference
	protected MeetingParticipantService meetingParticipantService;

	@Reference
	protected NetworkMeetingService networkMeetingService;

	@Reference
	protected UserLocalService userLocalService;

}
