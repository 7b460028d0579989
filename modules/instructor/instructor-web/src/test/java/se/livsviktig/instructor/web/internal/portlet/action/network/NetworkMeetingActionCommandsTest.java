package se.livsviktig.instructor.web.internal.portlet.action.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.mockito.MockedStatic;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * The meeting actions of the network page and Livsviktig – Instruktörer: what was typed reaches the remote service
 * (times as the coordinator's clock times, across a daylight-saving change), success lands on the network's
 * meetings with a message, each refusal of the input brings the form back with what was typed, a refused
 * permission or a meeting gone shows the error page, anything else is not swallowed; a member's answer goes back
 * where it was given.
 *
 * @author Livsviktig
 */
public class NetworkMeetingActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		for (Object command : new Object[] {_edit, _cancel, _notes, _attendance}) {
			Fields.set(command, "_networkMeetingService", _networkMeetingService);
			Fields.set(command, "portal", _portal);
		}

		Fields.set(
			_attendance, "_meetingParticipantService",
			_meetingParticipantService);
		Fields.set(
			_answer, "_meetingParticipantService", _meetingParticipantService);
		Fields.set(_answer, "_portal", _portal);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_networkMeeting.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				NetworkMeeting.class.getName(), _actionRequest)
		).thenReturn(
			new ServiceContext()
		);

		_param("title", "Samverkansträff");
		_param("startDate", "2030-03-30");
		_param("startTime", "18:00");
		_param("endDate", "2030-03-31");
		_param("endTime", "18:00");
		_param("place", "Stadshuset");
		_param("onlineLink", "");
		_param("agenda", "<p>Nya instruktörer</p>");
	}

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@Test
	public void addReadsTheTimesAsStockholmClockTimesOnBothSidesOfTheChangeToSummerTime()
		throws Exception {

		_param("instructorNetworkId", String.valueOf(_NETWORK_ID));

		when(
			_networkMeetingService.addNetworkMeeting(
				eq(_NETWORK_ID), eq("Samverkansträff"),
				eq(Date.from(Instant.parse("2030-03-30T17:00:00Z"))),
				eq(Date.from(Instant.parse("2030-03-31T16:00:00Z"))),
				eq("Stadshuset"), eq(""), eq("<p>Nya instruktörer</p>"),
				any(ServiceContext.class))
		).thenReturn(
			_networkMeeting
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.MEETING_SAVED));
		_assertLandsOnTheMeetings();
	}

	@Test
	public void editChangesTheMeetingNamedInTheForm() throws Exception {
		_param("networkMeetingId", "4001");

		when(
			_networkMeetingService.updateNetworkMeeting(
				eq(4001L), eq("Samverkansträff"),
				eq(Date.from(Instant.parse("2030-03-30T17:00:00Z"))),
				eq(Date.from(Instant.parse("2030-03-31T16:00:00Z"))),
				eq("Stadshuset"), eq(""), eq("<p>Nya instruktörer</p>"))
		).thenReturn(
			_networkMeeting
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_networkMeetingService, never()
		).addNetworkMeeting(
			anyLong(), any(), any(), any(), any(), any(), any(), any()
		);
		_assertLandsOnTheMeetings();
	}

	@Test
	public void aMissingTimePassesNoStartForTheServiceToRefuse()
		throws Exception {

		_param("startTime", "");

		NetworkMeetingDatesException exception =
			new NetworkMeetingDatesException();

		when(
			_networkMeetingService.addNetworkMeeting(
				anyLong(), anyString(), isNull(), any(Date.class), anyString(),
				anyString(), anyString(), any(ServiceContext.class))
		).thenThrow(
			exception
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.EDIT_NETWORK_MEETING);
	}

	@MethodSource("meetingFormRefusals")
	@ParameterizedTest
	public void eachRefusalOfTheMeetingFormBringsItBackWithWhatWasTyped(
			PortalException exception)
		throws Exception {

		when(
			_networkMeetingService.addNetworkMeeting(
				anyLong(), any(), any(), any(), any(), any(), any(), any())
		).thenThrow(
			exception
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.EDIT_NETWORK_MEETING);
		assertFalse(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.MEETING_SAVED));
	}

	@MethodSource("errorPageRefusals")
	@ParameterizedTest
	public void aRefusedPermissionOrAMeetingGoneShowsTheErrorPage(
			PortalException exception)
		throws Exception {

		_param("networkMeetingId", "4001");

		when(
			_networkMeetingService.cancelNetworkMeeting(4001L)
		).thenThrow(
			exception
		);

		_cancel.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, exception.getClass().getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseNetworkMVCRenderCommand.ERROR_JSP
		);
		verify(
			_portal, never()
		).copyRequestParameters(
			_actionRequest, _actionResponse
		);
	}

	@Test
	public void cancelLandsOnTheMeetingsSayingSo() throws Exception {
		_param("networkMeetingId", "4001");

		when(
			_networkMeetingService.cancelNetworkMeeting(4001L)
		).thenReturn(
			_networkMeeting
		);

		_cancel.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.MEETING_CANCELLED));
		_assertLandsOnTheMeetings();
	}

	@Test
	public void cancellingACancelledMeetingBringsTheConfirmationBack()
		throws Exception {

		_param("networkMeetingId", "4001");

		NetworkMeetingStateException exception =
			new NetworkMeetingStateException();

		when(
			_networkMeetingService.cancelNetworkMeeting(4001L)
		).thenThrow(
			exception
		);

		_cancel.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.CANCEL_NETWORK_MEETING);
	}

	@Test
	public void notesAreSavedAndTooLongNotesComeBack() throws Exception {
		_param("networkMeetingId", "4001");
		_param("notes", "<p>Vi gick igenom MHFA</p>");

		when(
			_networkMeetingService.updateNetworkMeetingNotes(
				4001L, "<p>Vi gick igenom MHFA</p>")
		).thenReturn(
			_networkMeeting
		).thenThrow(
			new NetworkMeetingNotesException()
		);

		_notes.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.NOTES_SAVED));
		_assertLandsOnTheMeetings();

		_notes.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NetworkMeetingNotesException.class.getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			InstructorMVCCommandNames.UPDATE_MEETING_NOTES
		);
	}

	@Test
	public void attendanceMarksOnlyWhatChanged() throws Exception {
		_param("networkMeetingId", "4001");

		MeetingParticipant unchanged = _participant(
			501, MeetingParticipantConstants.ATTENDANCE_PRESENT);
		MeetingParticipant changed = _participant(
			502, MeetingParticipantConstants.ATTENDANCE_UNMARKED);
		MeetingParticipant notInForm = _participant(
			503, MeetingParticipantConstants.ATTENDANCE_UNMARKED);

		when(
			_networkMeetingService.getNetworkMeeting(4001L)
		).thenReturn(
			_networkMeeting
		);
		when(
			_meetingParticipantService.getMeetingParticipants(4001L)
		).thenReturn(
			List.of(unchanged, changed, notInForm)
		);

		_param(
			"attendance501",
			String.valueOf(MeetingParticipantConstants.ATTENDANCE_PRESENT));
		_param(
			"attendance502",
			String.valueOf(MeetingParticipantConstants.ATTENDANCE_ABSENT));

		_attendance.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_meetingParticipantService
		).markNetworkMeetingAttendance(
			4001L, 502L, MeetingParticipantConstants.ATTENDANCE_ABSENT
		);
		verify(
			_meetingParticipantService, never()
		).markNetworkMeetingAttendance(
			eq(4001L), eq(501L), anyInt()
		);
		verify(
			_meetingParticipantService, never()
		).markNetworkMeetingAttendance(
			eq(4001L), eq(503L), anyInt()
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.ATTENDANCE_SAVED));
		_assertLandsOnTheMeetings();
	}

	@Test
	public void attendanceBeforeTheStartBringsTheFormBackWithTheReason()
		throws Exception {

		_param("networkMeetingId", "4001");
		_param(
			"attendance502",
			String.valueOf(MeetingParticipantConstants.ATTENDANCE_PRESENT));

		MeetingParticipant participant = _participant(
			502, MeetingParticipantConstants.ATTENDANCE_UNMARKED);

		when(
			_networkMeetingService.getNetworkMeeting(4001L)
		).thenReturn(
			_networkMeeting
		);
		when(
			_meetingParticipantService.getMeetingParticipants(4001L)
		).thenReturn(
			List.of(participant)
		);

		MeetingAttendanceException exception = new MeetingAttendanceException();

		when(
			_meetingParticipantService.markNetworkMeetingAttendance(
				4001L, 502L, MeetingParticipantConstants.ATTENDANCE_PRESENT)
		).thenThrow(
			exception
		);

		_attendance.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.MARK_MEETING_ATTENDANCE);
	}

	@Test
	public void anAnswerIsTheCallersOwnAndGoesBackWhereItWasGiven()
		throws Exception {

		_param("networkMeetingId", "4001");
		_param("answer", String.valueOf(MeetingParticipantConstants.ANSWER_COMING));
		_param("redirect", "/web/instruktorer/natverk?id=7");

		when(
			_portal.escapeRedirect("/web/instruktorer/natverk?id=7")
		).thenReturn(
			"/web/instruktorer/natverk?id=7"
		);

		_answer.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_meetingParticipantService
		).answerNetworkMeeting(
			4001L, MeetingParticipantConstants.ANSWER_COMING
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.ANSWER_SAVED));
		verify(
			_actionResponse
		).sendRedirect(
			"/web/instruktorer/natverk?id=7"
		);
	}

	@Test
	public void anAnswerToAnotherSiteIsNotFollowed() throws Exception {
		_param("networkMeetingId", "4001");
		_param("answer", String.valueOf(MeetingParticipantConstants.ANSWER_COMING));
		_param("redirect", "https://evil.example/");

		_answer.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_actionResponse, never()
		).sendRedirect(
			anyString()
		);
	}

	@MethodSource("answerRefusals")
	@ParameterizedTest
	public void aRefusedAnswerGoesBackWithTheReasonAndNoSuccess(
			PortalException exception)
		throws Exception {

		_param("networkMeetingId", "4001");
		_param(
			"answer",
			String.valueOf(MeetingParticipantConstants.ANSWER_NOT_COMING));
		_param("redirect", "/web/instruktorer/natverk");

		when(
			_portal.escapeRedirect("/web/instruktorer/natverk")
		).thenReturn(
			"/web/instruktorer/natverk"
		);
		when(
			_meetingParticipantService.answerNetworkMeeting(
				4001L, MeetingParticipantConstants.ANSWER_NOT_COMING)
		).thenThrow(
			exception
		);

		_answer.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			exception,
			SessionErrors.get(_actionRequest, exception.getClass().getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, NetworkMessages.ANSWER_SAVED));
		verify(
			_actionResponse
		).sendRedirect(
			"/web/instruktorer/natverk"
		);
	}

	@MethodSource("errorPageRefusals")
	@ParameterizedTest
	public void anAnswerWithoutPermissionShowsTheErrorPage(
			PortalException exception)
		throws Exception {

		_param("networkMeetingId", "4001");
		_param("answer", String.valueOf(MeetingParticipantConstants.ANSWER_COMING));

		when(
			_meetingParticipantService.answerNetworkMeeting(
				4001L, MeetingParticipantConstants.ANSWER_COMING)
		).thenThrow(
			exception
		);

		_answer.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseNetworkMVCRenderCommand.ERROR_JSP
		);
		verify(
			_actionResponse, never()
		).sendRedirect(
			anyString()
		);
	}

	@Test
	public void aRefusalTheFormCannotExplainIsNotSwallowed() throws Exception {
		_param("networkMeetingId", "4001");

		when(
			_networkMeetingService.updateNetworkMeetingNotes(
				anyLong(), any())
		).thenThrow(
			new SystemException("database gone")
		);

		assertThrows(
			SystemException.class,
			() -> _notes.doProcessAction(_actionRequest, _actionResponse));

		doThrow(
			new NetworkMeetingTitleException()
		).when(
			_networkMeetingService
		).updateNetworkMeetingNotes(
			anyLong(), any()
		);

		assertThrows(
			NetworkMeetingTitleException.class,
			() -> _notes.doProcessAction(_actionRequest, _actionResponse));
	}

	protected static Stream<PortalException> answerRefusals() {
		return Stream.of(
			new MeetingAnswerException(), new NotNetworkMemberException());
	}

	protected static Stream<PortalException> errorPageRefusals() {
		return Stream.of(
			new NoSuchNetworkMeetingException(),
			new PrincipalException.MustHavePermission(
				1, "se.livsviktig.instructor.model.NetworkMeeting", 4001,
				"UPDATE"));
	}

	protected static Stream<PortalException> meetingFormRefusals() {
		return Stream.of(
			new NetworkMeetingAgendaException(),
			new NetworkMeetingDatesException(),
			new NetworkMeetingOnlineLinkException(),
			new NetworkMeetingPlaceException(),
			new NetworkMeetingStateException(),
			new NetworkMeetingTitleException());
	}

	private void _assertFormBack(
		PortalException exception, String mvcRenderCommandName) {

		assertSame(
			exception,
			SessionErrors.get(_actionRequest, exception.getClass().getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", mvcRenderCommandName
		);
	}

	private void _assertLandsOnTheMeetings() {
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			InstructorMVCCommandNames.VIEW_NETWORK_MEETINGS
		);
		verify(
			_renderParameters
		).setValue(
			"instructorNetworkId", String.valueOf(_NETWORK_ID)
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private MeetingParticipant _participant(long userId, int attendance) {
		MeetingParticipant meetingParticipant = mock(MeetingParticipant.class);

		when(
			meetingParticipant.getParticipantUserId()
		).thenReturn(
			userId
		);
		when(
			meetingParticipant.getAttendance()
		).thenReturn(
			attendance
		);

		return meetingParticipant;
	}

	private static final long _NETWORK_ID = 7;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AnswerMeetingInvitationMVCActionCommand _answer =
		new AnswerMeetingInvitationMVCActionCommand();
	private final MarkMeetingAttendanceMVCActionCommand _attendance =
		new MarkMeetingAttendanceMVCActionCommand();
	private final CancelNetworkMeetingMVCActionCommand _cancel =
		new CancelNetworkMeetingMVCActionCommand();
	private final EditNetworkMeetingMVCActionCommand _edit =
		new EditNetworkMeetingMVCActionCommand();
	private final MeetingParticipantService _meetingParticipantService = mock(
		MeetingParticipantService.class);
	private final NetworkMeeting _networkMeeting = mock(NetworkMeeting.class);
	private final NetworkMeetingService _networkMeetingService = mock(
		NetworkMeetingService.class);
	private final UpdateMeetingNotesMVCActionCommand _notes =
		new UpdateMeetingNotesMVCActionCommand();
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
