package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.MeetingParticipantImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;

/**
 * Answers before a meeting, attendance after it: who may, when, and that a refused call writes nothing.
 *
 * @author Livsviktig
 */
public class MeetingParticipantLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_doubles.inject(_service);
		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		NetworkMember networkMember = new NetworkMemberImpl();

		networkMember.setInstructorNetworkId(_NETWORK_ID);
		networkMember.setMemberUserId(_MEMBER_USER_ID);
		networkMember.setRole(NetworkConstants.ROLE_MEMBER);

		when(
			_doubles.networkMemberPersistence.fetchByIN_MU(
				_NETWORK_ID, _MEMBER_USER_ID)
		).thenReturn(
			networkMember
		);

		_invitation.setNetworkMeetingId(_MEETING_ID);
		_invitation.setParticipantUserId(_MEMBER_USER_ID);

		when(
			_doubles.meetingParticipantPersistence.fetchByNM_PU(
				_MEETING_ID, _MEMBER_USER_ID)
		).thenReturn(
			_invitation
		);
	}

	@Test
	public void aMemberAnswersAMeetingStillToCome() throws Exception {
		_meeting(_AFTER_NOW, false);

		MeetingParticipant meetingParticipant = _service.answerNetworkMeeting(
			_MEMBER_USER_ID, _MEETING_ID,
			MeetingParticipantConstants.ANSWER_COMING);

		assertEquals(
			MeetingParticipantConstants.ANSWER_COMING,
			meetingParticipant.getAnswer());
		assertEquals(Date.from(_NOW), meetingParticipant.getAnswerDate());

		_service.answerNetworkMeeting(
			_MEMBER_USER_ID, _MEETING_ID,
			MeetingParticipantConstants.ANSWER_NOT_COMING);

		assertEquals(
			MeetingParticipantConstants.ANSWER_NOT_COMING,
			_invitation.getAnswer());
	}

	@Test
	public void aMeetingThatStartedOrIsCancelledCannotBeAnswered()
		throws Exception {

		_meeting(_BEFORE_NOW, false);

		assertThrows(
			MeetingAnswerException.class,
			() -> _service.answerNetworkMeeting(
				_MEMBER_USER_ID, _MEETING_ID,
				MeetingParticipantConstants.ANSWER_COMING));

		_meeting(_AFTER_NOW, true);

		assertThrows(
			MeetingAnswerException.class,
			() -> _service.answerNetworkMeeting(
				_MEMBER_USER_ID, _MEETING_ID,
				MeetingParticipantConstants.ANSWER_COMING));
		_verifyNothingWritten();
	}

	@Test
	public void aNonMemberOrAMemberWithoutAnInvitationCannotAnswer()
		throws Exception {

		_meeting(_AFTER_NOW, false);

		MeetingParticipant leftoverInvitation = new MeetingParticipantImpl();

		leftoverInvitation.setNetworkMeetingId(_MEETING_ID);
		leftoverInvitation.setParticipantUserId(_OUTSIDER_USER_ID);

		when(
			_doubles.meetingParticipantPersistence.fetchByNM_PU(
				_MEETING_ID, _OUTSIDER_USER_ID)
		).thenReturn(
			leftoverInvitation
		);

		assertThrows(
			NotNetworkMemberException.class,
			() -> _service.answerNetworkMeeting(
				_OUTSIDER_USER_ID, _MEETING_ID,
				MeetingParticipantConstants.ANSWER_COMING));

		when(
			_doubles.meetingParticipantPersistence.fetchByNM_PU(
				_MEETING_ID, _MEMBER_USER_ID)
		).thenReturn(
			null
		);

		assertThrows(
			NotNetworkMemberException.class,
			() -> _service.answerNetworkMeeting(
				_MEMBER_USER_ID, _MEETING_ID,
				MeetingParticipantConstants.ANSWER_COMING));
		_verifyNothingWritten();
	}

	@Test
	public void anUnknownAnswerOrAttendanceIsRefused() throws Exception {
		_meeting(_AFTER_NOW, false);

		for (int answer :
				new int[] {MeetingParticipantConstants.ANSWER_NONE, 9}) {

			assertThrows(
				MeetingAnswerException.class,
				() -> _service.answerNetworkMeeting(
					_MEMBER_USER_ID, _MEETING_ID, answer));
		}

		_meeting(_BEFORE_NOW, false);

		assertThrows(
			MeetingAttendanceException.class,
			() -> _service.markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, _MEETING_ID, _MEMBER_USER_ID, 9));
		_verifyNothingWritten();
	}

	@Test
	public void attendanceIsMarkedOnceTheMeetingHasStarted() throws Exception {
		_meeting(_BEFORE_NOW, false);

		MeetingParticipant meetingParticipant =
			_service.markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, _MEETING_ID, _MEMBER_USER_ID,
				MeetingParticipantConstants.ATTENDANCE_PRESENT);

		assertEquals(
			MeetingParticipantConstants.ATTENDANCE_PRESENT,
			meetingParticipant.getAttendance());
		assertEquals(
			_COORDINATOR_USER_ID, meetingParticipant.getAttendanceByUserId());
		assertEquals(Date.from(_NOW), meetingParticipant.getAttendanceDate());
	}

	@Test
	public void attendanceIsRefusedBeforeTheMeetingStartsForACancelledMeetingOrSomeoneNotInvited()
		throws Exception {

		_meeting(_AFTER_NOW, false);

		assertThrows(
			MeetingAttendanceException.class,
			() -> _service.markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, _MEETING_ID, _MEMBER_USER_ID,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));

		_meeting(_BEFORE_NOW, true);

		assertThrows(
			MeetingAttendanceException.class,
			() -> _service.markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, _MEETING_ID, _MEMBER_USER_ID,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));

		_meeting(_BEFORE_NOW, false);

		assertThrows(
			NoSuchMeetingParticipantException.class,
			() -> _service.markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, _MEETING_ID, _OUTSIDER_USER_ID,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));
		_verifyNothingWritten();
	}

	private void _meeting(Date startDate, boolean cancelled) throws Exception {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNetworkMeetingId(_MEETING_ID);
		networkMeeting.setInstructorNetworkId(_NETWORK_ID);
		networkMeeting.setStartDate(startDate);
		networkMeeting.setEndDate(new Date(startDate.getTime() + 3_600_000));
		networkMeeting.setStatus(
			cancelled ? NetworkMeetingConstants.STATUS_CANCELLED :
				NetworkMeetingConstants.STATUS_SCHEDULED);

		when(
			_doubles.networkMeetingPersistence.findByPrimaryKey(_MEETING_ID)
		).thenReturn(
			networkMeeting
		);
	}

	private void _verifyNothingWritten() {
		verify(
			_doubles.meetingParticipantPersistence, never()
		).update(
			any()
		);
	}

	private static final Date _AFTER_NOW = new Date(1_800_000_000_000L);

	private static final Date _BEFORE_NOW = new Date(1_790_000_000_000L);

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _MEETING_ID = 8001;

	private static final long _MEMBER_USER_ID = 301;

	private static final long _NETWORK_ID = 7001;

	private static final Instant _NOW = Instant.ofEpochMilli(
		1_795_000_000_000L);

	private static final long _OUTSIDER_USER_ID = 303;

	private final NetworkTestDoubles _doubles = new NetworkTestDoubles();
	private final MeetingParticipant _invitation = new MeetingParticipantImpl();
	private final MeetingParticipantLocalServiceImpl _service =
		new MeetingParticipantLocalServiceImpl();

}
