package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkMemberRoleException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDispatcher;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.OutgoingMeetingNotice;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.MeetingParticipantImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;

/**
 * Who may join a network and what joining and leaving do to invitations: a refused call writes nothing.
 *
 * @author Livsviktig
 */
public class NetworkMemberLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_doubles.inject(_service);
		se.livsviktig.platform.test.support.Fields.set(
			_service, "_meetingNoticeDispatcher", _meetingNoticeDispatcher);
		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		_doubles.network(_NETWORK_ID);
		_doubles.user(_COORDINATOR_USER_ID, NetworkTestDoubles.COMPANY_ID, true);
		_doubles.user(_NEW_USER_ID, NetworkTestDoubles.COMPANY_ID, true);
		_doubles.user(_INACTIVE_USER_ID, NetworkTestDoubles.COMPANY_ID, false);
		_doubles.user(_OTHER_COMPANY_USER_ID, 30097, true);
	}

	@Test
	public void aDeletedInactiveOrOtherCompanysUserCannotJoin() {
		for (long memberUserId :
				new long[] {
					_DELETED_USER_ID, _INACTIVE_USER_ID, _OTHER_COMPANY_USER_ID
				}) {

			assertThrows(
				NetworkMemberUserException.class,
				() -> _add(memberUserId, NetworkConstants.ROLE_MEMBER));
		}

		_verifyNothingWritten();
	}

	@Test
	public void aNewMemberIsInvitedToTheMeetingsStillToComeOnly()
		throws Exception {

		NetworkMeeting past = _meeting(8001, _BEFORE_NOW, false);
		NetworkMeeting upcoming = _meeting(8002, _AFTER_NOW, false);
		NetworkMeeting cancelled = _meeting(8003, _AFTER_NOW, true);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(past, upcoming, cancelled)
		);

		NetworkMember networkMember = _add(
			_NEW_USER_ID, NetworkConstants.ROLE_MEMBER);

		assertEquals(_NEW_USER_ID, networkMember.getMemberUserId());
		assertEquals(NetworkConstants.ROLE_MEMBER, networkMember.getRole());
		assertEquals(
			NetworkTestDoubles.COMPANY_ID, networkMember.getCompanyId());

		ArgumentCaptor<MeetingParticipant> invitations = ArgumentCaptor.forClass(
			MeetingParticipant.class);

		verify(
			_doubles.meetingParticipantPersistence
		).update(
			invitations.capture()
		);

		MeetingParticipant invitation = invitations.getValue();

		assertEquals(8002, invitation.getNetworkMeetingId());
		assertEquals(_NEW_USER_ID, invitation.getParticipantUserId());
		assertEquals(
			MeetingParticipantConstants.ANSWER_NONE, invitation.getAnswer());

		ArgumentCaptor<OutgoingMeetingNotice> notices = ArgumentCaptor.forClass(
			OutgoingMeetingNotice.class);

		verify(
			_meetingNoticeDispatcher
		).dispatchAfterCommit(
			notices.capture()
		);

		OutgoingMeetingNotice notice = notices.getValue();

		assertEquals(MeetingNoticeKinds.INVITATION, notice.getNoticeKind());
		assertEquals(8002, notice.getNetworkMeetingId());
		assertEquals(_NEW_USER_ID, notice.getRecipientUserId());
	}

	@Test
	public void aNewMemberIsSentTheInvitationAtTheMeetingsCurrentSequence()
		throws Exception {

		NetworkMeeting upcoming = _meeting(8002, _AFTER_NOW, false);

		upcoming.setSequence(3);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(upcoming)
		);

		_add(_NEW_USER_ID, NetworkConstants.ROLE_MEMBER);

		verify(
			_meetingNoticeDispatcher
		).dispatchAfterCommit(
			OutgoingMeetingNotice.of(
				MeetingNoticeKinds.INVITATION, upcoming, _NEW_USER_ID)
		);
		assertEquals(
			3,
			OutgoingMeetingNotice.of(
				MeetingNoticeKinds.INVITATION, upcoming, _NEW_USER_ID
			).getSequence());
	}

	@Test
	public void aPersonJoinsANetworkOnce() {
		when(
			_doubles.networkMemberPersistence.fetchByIN_MU(
				_NETWORK_ID, _NEW_USER_ID)
		).thenReturn(
			new NetworkMemberImpl()
		);

		assertThrows(
			DuplicateNetworkMemberException.class,
			() -> _add(_NEW_USER_ID, NetworkConstants.ROLE_MEMBER));
		_verifyNothingWritten();
	}

	@Test
	public void anUnknownRoleIsRefused() {
		assertThrows(
			NetworkMemberRoleException.class, () -> _add(_NEW_USER_ID, 7));
		_verifyNothingWritten();
	}

	@Test
	public void leavingDropsTheInvitationsToComeAndKeepsThePastOnes()
		throws Exception {

		NetworkMember networkMember = _existingMember(
			9001, _NEW_USER_ID, NetworkConstants.ROLE_MEMBER);

		NetworkMeeting past = _meeting(8001, _BEFORE_NOW, false);
		NetworkMeeting upcoming = _meeting(8002, _AFTER_NOW, false);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(past, upcoming)
		);

		MeetingParticipant pastInvitation = new MeetingParticipantImpl();
		MeetingParticipant upcomingInvitation = new MeetingParticipantImpl();

		pastInvitation.setMeetingParticipantId(10001);
		upcomingInvitation.setMeetingParticipantId(10002);

		when(
			_doubles.meetingParticipantPersistence.fetchByNM_PU(
				8001, _NEW_USER_ID)
		).thenReturn(
			pastInvitation
		);
		when(
			_doubles.meetingParticipantPersistence.fetchByNM_PU(
				8002, _NEW_USER_ID)
		).thenReturn(
			upcomingInvitation
		);

		_service.removeNetworkMember(9001);

		verify(
			_doubles.meetingParticipantPersistence
		).remove(
			upcomingInvitation
		);
		verify(
			_doubles.meetingParticipantPersistence, never()
		).remove(
			pastInvitation
		);
		verify(
			_doubles.networkMemberPersistence
		).remove(
			networkMember
		);
	}

	@Test
	public void theLastCoordinatorCannotLeaveOrStepDown() throws Exception {
		_existingMember(
			9001, _COORDINATOR_USER_ID, NetworkConstants.ROLE_COORDINATOR);

		when(
			_doubles.networkMemberPersistence.countByIN_R(
				_NETWORK_ID, NetworkConstants.ROLE_COORDINATOR)
		).thenReturn(
			1
		);

		assertThrows(
			NetworkCoordinatorException.class,
			() -> _service.removeNetworkMember(9001));
		assertThrows(
			NetworkCoordinatorException.class,
			() -> _service.updateNetworkMemberRole(
				9001, NetworkConstants.ROLE_MEMBER));
		_verifyNothingWritten();

		when(
			_doubles.networkMemberPersistence.countByIN_R(
				_NETWORK_ID, NetworkConstants.ROLE_COORDINATOR)
		).thenReturn(
			2
		);

		assertEquals(
			NetworkConstants.ROLE_MEMBER,
			_service.updateNetworkMemberRole(
				9001, NetworkConstants.ROLE_MEMBER
			).getRole());
	}

	private NetworkMember _add(long memberUserId, int role) throws Exception {
		return _service.addNetworkMember(
			_COORDINATOR_USER_ID, _NETWORK_ID, memberUserId, role,
			new ServiceContext());
	}

	private NetworkMember _existingMember(
			long networkMemberId, long memberUserId, int role)
		throws Exception {

		NetworkMember networkMember = new NetworkMemberImpl();

		networkMember.setNetworkMemberId(networkMemberId);
		networkMember.setInstructorNetworkId(_NETWORK_ID);
		networkMember.setMemberUserId(memberUserId);
		networkMember.setRole(role);

		when(
			_doubles.networkMemberPersistence.findByPrimaryKey(networkMemberId)
		).thenReturn(
			networkMember
		);

		return networkMember;
	}

	private NetworkMeeting _meeting(
		long networkMeetingId, Date startDate, boolean cancelled) {

		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNetworkMeetingId(networkMeetingId);
		networkMeeting.setInstructorNetworkId(_NETWORK_ID);
		networkMeeting.setStartDate(startDate);
		networkMeeting.setStatus(
			cancelled ? NetworkMeetingConstants.STATUS_CANCELLED :
				NetworkMeetingConstants.STATUS_SCHEDULED);

		return networkMeeting;
	}

	private void _verifyNothingWritten() {
		verify(
			_doubles.networkMemberPersistence, never()
		).update(
			any()
		);
		verify(
			_doubles.networkMemberPersistence, never()
		).remove(
			any(NetworkMember.class)
		);
		verify(
			_doubles.meetingParticipantPersistence, never()
		).update(
			any()
		);
		verify(
			_doubles.meetingParticipantPersistence, never()
		).remove(
			any(MeetingParticipant.class)
		);
	}

	private static final Date _AFTER_NOW = new Date(1_800_000_000_000L);

	private static final Date _BEFORE_NOW = new Date(1_790_000_000_000L);

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _DELETED_USER_ID = 399;

	private static final long _INACTIVE_USER_ID = 304;

	private static final long _NETWORK_ID = 7001;

	private static final long _NEW_USER_ID = 301;

	private static final Instant _NOW = Instant.ofEpochMilli(
		1_795_000_000_000L);

	private static final long _OTHER_COMPANY_USER_ID = 305;

	private final NetworkTestDoubles _doubles = new NetworkTestDoubles();
	private final MeetingNoticeDispatcher _meetingNoticeDispatcher =
		org.mockito.Mockito.mock(MeetingNoticeDispatcher.class);
	private final NetworkMemberLocalServiceImpl _service =
		new NetworkMemberLocalServiceImpl();

}
