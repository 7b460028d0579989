package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method, allowed and refused: a caller answers for themselves a meeting they may view; attendance and
 * everyone's answers need UPDATE on the meeting.
 *
 * @author Livsviktig
 */
public class MeetingParticipantServiceImplTest {

	@BeforeEach
	public void setUp() {
		_permissions.install();

		Fields.set(_service, "meetingParticipantLocalService", _localService);
		Fields.set(
			_service, "_networkMeetingModelResourcePermission",
			_permissions.networkMeetingPermission);
	}

	@AfterEach
	public void tearDown() {
		_permissions.uninstall();
	}

	@Test
	public void answeringNeedsViewAndAnswersForTheCallerOnly()
		throws Exception {

		_permissions.refuseMeeting(_MEETING_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.answerNetworkMeeting(
				_MEETING_ID, MeetingParticipantConstants.ANSWER_COMING));
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.answerNetworkMeeting(
				RemotePermissionDoubles.CALLER_USER_ID, _MEETING_ID,
				MeetingParticipantConstants.ANSWER_COMING)
		).thenReturn(
			_meetingParticipant
		);

		assertSame(
			_meetingParticipant,
			_service.answerNetworkMeeting(
				_MEETING_ID, MeetingParticipantConstants.ANSWER_COMING));
	}

	@Test
	public void attendanceAndEveryonesAnswersNeedUpdateOnTheMeeting()
		throws Exception {

		_permissions.refuseMeeting(_MEETING_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.markNetworkMeetingAttendance(
				_MEETING_ID, 301,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));
		assertThrows(
			PrincipalException.class,
			() -> _service.getMeetingParticipants(_MEETING_ID));
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.markNetworkMeetingAttendance(
				RemotePermissionDoubles.CALLER_USER_ID, _MEETING_ID, 301,
				MeetingParticipantConstants.ATTENDANCE_PRESENT)
		).thenReturn(
			_meetingParticipant
		);
		when(
			_localService.getMeetingParticipants(_MEETING_ID)
		).thenReturn(
			List.of(_meetingParticipant)
		);

		assertSame(
			_meetingParticipant,
			_service.markNetworkMeetingAttendance(
				_MEETING_ID, 301,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));
		assertSame(
			_meetingParticipant,
			_service.getMeetingParticipants(
				_MEETING_ID
			).get(
				0
			));
	}

	private static final long _MEETING_ID = 8001;

	private final MeetingParticipantLocalService _localService = mock(
		MeetingParticipantLocalService.class);
	private final MeetingParticipant _meetingParticipant = mock(
		MeetingParticipant.class);
	private final RemotePermissionDoubles _permissions =
		new RemotePermissionDoubles();
	private final MeetingParticipantServiceImpl _service =
		new MeetingParticipantServiceImpl();

}
