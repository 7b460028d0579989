package se.livsviktig.instructor.web.internal.portlet.action.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.PortletDisplay;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingRow;
import se.livsviktig.instructor.web.internal.display.context.network.MemberRow;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkListDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMeetingsDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkPageDisplayContext;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The network page and the meeting views as the render commands build them: only what the remote services let
 * the reader see, the reader's own answers from one query, attendance only for whoever may update the network
 * (the network's permission, never a role), and the error page for a network gone or a form the reader may not
 * fill in.
 *
 * @author Livsviktig
 */
public class NetworkRenderCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		for (BaseNetworkMVCRenderCommand command :
				new BaseNetworkMVCRenderCommand[] {
					_view, _meetings, _edit, _attendanceForm
				}) {

			Fields.set(
				command, "instructorNetworkModelResourcePermission",
				_networkPermission);
			Fields.set(
				command, "meetingParticipantLocalService",
				_meetingParticipantLocalService);
			Fields.set(
				command, "meetingParticipantService",
				_meetingParticipantService);
			Fields.set(command, "networkMeetingService", _networkMeetingService);
			Fields.set(command, "userLocalService", _userLocalService);

			command.setClock(
				Clock.fixed(Instant.parse("2030-03-15T12:00:00Z"), ZoneOffset.UTC));
		}

		for (Object command : new Object[] {_view, _meetings}) {
			Fields.set(
				command, "_instructorNetworkService", _instructorNetworkService);
		}

		Fields.set(
			_view, "_trainingMethodLocalService", _trainingMethodLocalService);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_renderRequest.getAttribute(any(String.class))
		).thenAnswer(
			invocation -> WebKeys.THEME_DISPLAY.equals(
				invocation.getArgument(0)) ? _themeDisplay :
					_attributes.get(invocation.getArgument(0))
		);
		org.mockito.Mockito.doAnswer(
			invocation -> _attributes.put(
				invocation.getArgument(0), invocation.getArgument(1))
		).when(
			_renderRequest
		).setAttribute(
			any(String.class), any()
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_themeDisplay.getUserId()
		).thenReturn(
			_READER_ID
		);
		when(
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_SITE_ID
		);
		when(
			_themeDisplay.getPermissionChecker()
		).thenReturn(
			_permissionChecker
		);
		when(
			_themeDisplay.getPortletDisplay()
		).thenReturn(
			_portletDisplay
		);

		InstructorNetwork network = mock(InstructorNetwork.class);

		when(
			network.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);
		when(
			network.getName()
		).thenReturn(
			"MHFA-nätverket Väst"
		);
		when(
			_instructorNetworkService.getInstructorNetwork(_NETWORK_ID)
		).thenReturn(
			network
		);
		when(
			_instructorNetworkService.getGroupInstructorNetworks(_SITE_ID)
		).thenReturn(
			List.of(network)
		);

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(
			mhfa.getName(new Locale("sv", "SE"))
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(1)
		).thenReturn(
			mhfa
		);
		when(
			_instructorNetworkService.getNetworkDirectory(_NETWORK_ID)
		).thenReturn(
			List.of(
				new NetworkDirectoryEntry(
					_READER_ID, "Anna Andersson",
					NetworkConstants.ROLE_COORDINATOR,
					List.of("Socialförvaltningen", "Enhet Norr"),
					List.of(
						new NetworkDirectoryMethod(
							1, Date.from(Instant.parse("2031-01-14T23:00:00Z")))))));

		// Made first: Mockito cannot stub one mock while it stubs another.

		List<NetworkMeeting> networkMeetings = List.of(
			_meeting(
				4001, "2030-04-01T08:00:00Z",
				NetworkMeetingConstants.STATUS_SCHEDULED),
			_meeting(
				4002, "2030-02-01T08:00:00Z",
				NetworkMeetingConstants.STATUS_SCHEDULED),
			_meeting(
				4003, "2030-01-01T08:00:00Z",
				NetworkMeetingConstants.STATUS_CANCELLED));

		when(
			_networkMeetingService.getNetworkMeetings(_NETWORK_ID)
		).thenReturn(
			networkMeetings
		);

		MeetingParticipant myInvitation = mock(MeetingParticipant.class);

		when(
			myInvitation.getNetworkMeetingId()
		).thenReturn(
			4001L
		);
		when(
			myInvitation.getAnswer()
		).thenReturn(
			MeetingParticipantConstants.ANSWER_NOT_COMING
		);
		when(
			_meetingParticipantLocalService.getParticipantMeetingParticipants(
				_READER_ID)
		).thenReturn(
			List.of(myInvitation)
		);
	}

	@Test
	public void withoutANetworkTheWidgetListsTheSitesNetworksTheServiceLetsThrough()
		throws Exception {

		assertEquals(
			"/instructor_network/view_networks.jsp",
			_view.render(_renderRequest, _renderResponse));

		NetworkListDisplayContext networkListDisplayContext =
			(NetworkListDisplayContext)_attributes.get(
				ViewInstructorNetworkMVCRenderCommand.
					NETWORK_LIST_DISPLAY_CONTEXT);

		assertEquals(
			"MHFA-nätverket Väst",
			networkListDisplayContext.getNetworkLinks(
			).get(
				0
			).getName());
	}

	@Test
	public void aMemberSeesTheirAnswerButNoAttendance() throws Exception {
		_param("instructorNetworkId", String.valueOf(_NETWORK_ID));

		assertEquals(
			"/instructor_network/view_network.jsp",
			_view.render(_renderRequest, _renderResponse));

		NetworkPageDisplayContext networkPageDisplayContext = _networkPage();

		assertFalse(networkPageDisplayContext.isCanUpdate());

		MeetingRow upcoming =
			networkPageDisplayContext.getUpcomingMeetingRows().get(0);

		assertEquals(
			MeetingParticipantConstants.ANSWER_NOT_COMING,
			upcoming.getMyAnswer());
		assertTrue(upcoming.isAnswerable());
		assertEquals(
			List.of(4002L, 4003L),
			List.of(
				networkPageDisplayContext.getPastMeetingRows(
				).get(
					0
				).getNetworkMeetingId(),
				networkPageDisplayContext.getPastMeetingRows(
				).get(
					1
				).getNetworkMeetingId()));
		verify(
			_meetingParticipantService, never()
		).getMeetingParticipants(
			anyLong()
		);

		MemberRow memberRow = networkPageDisplayContext.getMemberRows().get(0);

		assertEquals("network-role-coordinator", memberRow.getRoleKey());
		assertEquals(
			"Socialförvaltningen, Enhet Norr", memberRow.getOrganizations());
		assertEquals(
			List.of("MHFA Vuxen (15 januari 2031)"), memberRow.getMethods());
	}

	@Test
	public void whoeverMayUpdateTheNetworkSeesWhoCameToMeetingsHeld()
		throws Exception {

		_param("instructorNetworkId", String.valueOf(_NETWORK_ID));
		_mayUpdate();

		MeetingParticipant present = mock(MeetingParticipant.class);

		when(
			present.getParticipantUserId()
		).thenReturn(
			_READER_ID
		);
		when(
			present.getAttendance()
		).thenReturn(
			MeetingParticipantConstants.ATTENDANCE_PRESENT
		);
		when(
			_meetingParticipantService.getMeetingParticipants(4002L)
		).thenReturn(
			List.of(present)
		);

		User anna = mock(User.class);

		when(
			anna.getFullName()
		).thenReturn(
			"Anna Andersson"
		);
		when(
			_userLocalService.fetchUser(_READER_ID)
		).thenReturn(
			anna
		);

		_view.render(_renderRequest, _renderResponse);

		NetworkPageDisplayContext networkPageDisplayContext = _networkPage();

		assertTrue(networkPageDisplayContext.isCanUpdate());
		assertEquals(
			"attendance-present",
			networkPageDisplayContext.getPastMeetingRows(
			).get(
				0
			).getAttendanceRows(
			).get(
				0
			).getAttendanceKey());
		verify(
			_meetingParticipantService, never()
		).getMeetingParticipants(
			4003L
		);
		verify(
			_meetingParticipantService, never()
		).getMeetingParticipants(
			4001L
		);
	}

	@Test
	public void aNetworkGoneShowsTheErrorPage() throws Exception {
		_param("instructorNetworkId", "99");

		when(
			_instructorNetworkService.getInstructorNetwork(99)
		).thenThrow(
			new NoSuchInstructorNetworkException()
		);

		assertEquals(
			BaseNetworkMVCRenderCommand.ERROR_JSP,
			_view.render(_renderRequest, _renderResponse));
		assertTrue(
			SessionErrors.contains(
				_renderRequest,
				NoSuchInstructorNetworkException.class.getName()));
	}

	@Test
	public void theMeetingFormIsRefusedToWhoeverMayNotUpdateTheNetwork()
		throws Exception {

		_param("instructorNetworkId", String.valueOf(_NETWORK_ID));

		org.mockito.Mockito.doThrow(
			new PrincipalException.MustHavePermission(
				_READER_ID, InstructorNetwork.class.getName(), _NETWORK_ID,
				ActionKeys.UPDATE)
		).when(
			_networkPermission
		).check(
			_permissionChecker, _NETWORK_ID, ActionKeys.UPDATE
		);

		assertEquals(
			BaseNetworkMVCRenderCommand.ERROR_JSP,
			_edit.render(_renderRequest, _renderResponse));
		assertTrue(
			SessionErrors.contains(
				_renderRequest,
				PrincipalException.MustHavePermission.class.getName()));

		_mayUpdateToo();

		assertEquals(
			"/instructor_network/edit_network_meeting.jsp",
			_edit.render(_renderRequest, _renderResponse));
	}

	@Test
	public void theMeetingsLeadBackToTheNetworkOnlyInTheNetworkWidget()
		throws Exception {

		_param("instructorNetworkId", String.valueOf(_NETWORK_ID));

		when(
			_portletDisplay.getPortletName()
		).thenReturn(
			InstructorPortletKeys.INSTRUCTOR_ADMIN
		);

		_meetings.render(_renderRequest, _renderResponse);

		assertNull(_meetingsDisplayContext().getBackURL());

		when(
			_portletDisplay.getPortletName()
		).thenReturn(
			InstructorPortletKeys.INSTRUCTOR_NETWORK
		);

		_meetings.render(_renderRequest, _renderResponse);

		assertTrue(_meetingsDisplayContext().getBackURL() != null);
		assertEquals(
			List.of(4001L),
			List.of(
				_meetingsDisplayContext().getUpcomingMeetingRows(
				).get(
					0
				).getNetworkMeetingId()));
	}

	private NetworkMeeting _meeting(
		long networkMeetingId, String start, int status) {

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			networkMeeting.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			networkMeeting.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(start).plusSeconds(7200))
		);
		when(
			networkMeeting.getStatus()
		).thenReturn(
			status
		);

		return networkMeeting;
	}

	private NetworkMeetingsDisplayContext _meetingsDisplayContext() {
		return (NetworkMeetingsDisplayContext)_attributes.get(
			ViewNetworkMeetingsMVCRenderCommand.
				NETWORK_MEETINGS_DISPLAY_CONTEXT);
	}

	private void _mayUpdate() throws Exception {
		when(
			_networkPermission.contains(
				_permissionChecker, _NETWORK_ID, ActionKeys.UPDATE)
		).thenReturn(
			true
		);
	}

	private void _mayUpdateToo() throws Exception {
		org.mockito.Mockito.doNothing(
		).when(
			_networkPermission
		).check(
			_permissionChecker, _NETWORK_ID, ActionKeys.UPDATE
		);
	}

	private NetworkPageDisplayContext _networkPage() {
		return (NetworkPageDisplayContext)_attributes.get(
			ViewInstructorNetworkMVCRenderCommand.NETWORK_PAGE_DISPLAY_CONTEXT);
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _NETWORK_ID = 7;

	private static final long _READER_ID = 20125;

	private static final long _SITE_ID = 20119;

	private final MarkMeetingAttendanceMVCRenderCommand _attendanceForm =
		new MarkMeetingAttendanceMVCRenderCommand();
	private final Map<String, Object> _attributes = new HashMap<>();
	private final EditNetworkMeetingMVCRenderCommand _edit =
		new EditNetworkMeetingMVCRenderCommand();
	private final InstructorNetworkService _instructorNetworkService = mock(
		InstructorNetworkService.class);
	private final MeetingParticipantLocalService
		_meetingParticipantLocalService = mock(
			MeetingParticipantLocalService.class);
	private final MeetingParticipantService _meetingParticipantService = mock(
		MeetingParticipantService.class);
	private final ViewNetworkMeetingsMVCRenderCommand _meetings =
		new ViewNetworkMeetingsMVCRenderCommand();
	private final NetworkMeetingService _networkMeetingService = mock(
		NetworkMeetingService.class);
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<InstructorNetwork>
		_networkPermission = mock(ModelResourcePermission.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletDisplay _portletDisplay = mock(PortletDisplay.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(
		RenderResponse.class, RETURNS_DEEP_STUBS);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final ViewInstructorNetworkMVCRenderCommand _view =
		new ViewInstructorNetworkMVCRenderCommand();

}
