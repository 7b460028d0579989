package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDispatcher;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.OutgoingMeetingNotice;
import se.livsviktig.instructor.internal.network.MeetingTextCleaner;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.MeetingParticipantImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;
import se.livsviktig.platform.test.support.Fields;

/**
 * Adding a meeting invites every member; changing or cancelling it raises the sequence its calendar entry carries;
 * agenda and notes are kept as the sanitizer returned them; a refused call writes nothing.
 *
 * @author Livsviktig
 */
public class NetworkMeetingLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_doubles.inject(_service);
		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		Fields.set(_service, "_meetingTextCleaner", _meetingTextCleaner);
		Fields.set(
			_service, "_meetingNoticeDispatcher", _meetingNoticeDispatcher);

		when(
			_meetingTextCleaner.clean(
				anyLong(), anyLong(), anyLong(), anyLong(), any())
		).thenAnswer(
			invocation -> {
				String html = invocation.getArgument(4);

				return (html == null) ? "" : "clean:" + html;
			}
		);

		_doubles.network(_NETWORK_ID);
		_doubles.user(_COORDINATOR_USER_ID, NetworkTestDoubles.COMPANY_ID, true);

		when(
			_doubles.networkMemberPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(
				_member(_COORDINATOR_USER_ID), _member(301), _member(303))
		);
	}

	@Test
	public void addingAMeetingInvitesEveryMember() throws Exception {
		NetworkMeeting networkMeeting = _add(
			"Samverkansträff", _START, _END, "Stadshuset", "", "<p>Agenda</p>");

		assertEquals(0, networkMeeting.getSequence());
		assertEquals(
			NetworkMeetingConstants.STATUS_SCHEDULED,
			networkMeeting.getStatus());
		assertEquals(
			NetworkTestDoubles.GROUP_ID, networkMeeting.getGroupId());

		ArgumentCaptor<MeetingParticipant> invitations = ArgumentCaptor.forClass(
			MeetingParticipant.class);

		verify(
			_doubles.meetingParticipantPersistence, times(3)
		).update(
			invitations.capture()
		);

		assertEquals(
			List.of(_COORDINATOR_USER_ID, 301L, 303L),
			invitations.getAllValues(
			).stream(
			).map(
				MeetingParticipant::getParticipantUserId
			).collect(
				Collectors.toList()
			));

		for (MeetingParticipant invitation : invitations.getAllValues()) {
			assertEquals(
				networkMeeting.getNetworkMeetingId(),
				invitation.getNetworkMeetingId());
		}
	}

	@Test
	public void agendaAndNotesAreKeptAsTheSanitizerCleanedThem()
		throws Exception {

		NetworkMeeting networkMeeting = _add(
			"Samverkansträff", _START, _END, "Stadshuset", "",
			"<p>Agenda</p><script>x</script>");

		assertEquals(
			"clean:<p>Agenda</p><script>x</script>",
			networkMeeting.getAgenda());
		verify(
			_meetingTextCleaner
		).clean(
			eq(NetworkTestDoubles.COMPANY_ID), eq(NetworkTestDoubles.GROUP_ID),
			eq(_COORDINATOR_USER_ID), eq(networkMeeting.getNetworkMeetingId()),
			eq("<p>Agenda</p><script>x</script>")
		);

		_stored(networkMeeting);

		assertEquals(
			"clean:<p>Anteckningar</p>",
			_service.updateNetworkMeetingNotes(
				_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
				"<p>Anteckningar</p>"
			).getNotes());
	}

	@Test
	public void badInputIsRefusedByFieldAndNothingIsWritten() {
		assertThrows(
			NetworkMeetingTitleException.class,
			() -> _add("", _START, _END, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _add("Träff", _END, _START, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingPlaceException.class,
			() -> _add("Träff", _START, _END, "", "", ""));
		assertThrows(
			NetworkMeetingOnlineLinkException.class,
			() -> _add("Träff", _START, _END, "", "javascript:alert(1)", ""));
		assertThrows(
			NetworkMeetingAgendaException.class,
			() -> _add(
				"Träff", _START, _END, "Stadshuset", "",
				"x".repeat(NetworkMeetingConstants.AGENDA_MAX_LENGTH)));

		verify(
			_doubles.networkMeetingPersistence, never()
		).update(
			any()
		);
		verify(
			_doubles.meetingParticipantPersistence, never()
		).update(
			any()
		);
	}

	@Test
	public void changingOrCancellingRaisesTheSequenceAndACancelledMeetingStaysAsItIs()
		throws Exception {

		NetworkMeeting networkMeeting = _stored(
			_add("Träff", _START, _END, "Stadshuset", "", ""));

		_service.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
			"Träff", _START, _END, "Rådhuset", "", "");

		assertEquals(1, networkMeeting.getSequence());
		assertEquals("Rådhuset", networkMeeting.getPlace());

		_service.cancelNetworkMeeting(networkMeeting.getNetworkMeetingId());

		assertEquals(2, networkMeeting.getSequence());
		assertEquals(
			NetworkMeetingConstants.STATUS_CANCELLED,
			networkMeeting.getStatus());

		assertThrows(
			NetworkMeetingStateException.class,
			() -> _service.updateNetworkMeeting(
				_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
				"Träff", _START, _END, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingStateException.class,
			() -> _service.cancelNetworkMeeting(
				networkMeeting.getNetworkMeetingId()));
		assertEquals(2, networkMeeting.getSequence());
		assertEquals("Rådhuset", networkMeeting.getPlace());
	}

	@Test
	public void addingAMeetingSendsEveryMemberOneInvitationAfterCommit()
		throws Exception {

		NetworkMeeting networkMeeting = _add(
			"Samverkansträff", _START, _END, "Stadshuset", "", "");

		assertEquals(
			List.of(
				_notice(MeetingNoticeKinds.INVITATION, networkMeeting, 0, 302),
				_notice(MeetingNoticeKinds.INVITATION, networkMeeting, 0, 301),
				_notice(MeetingNoticeKinds.INVITATION, networkMeeting, 0, 303)),
			_noticesSentAfterCommit());
	}

	@Test
	public void aChangeOfTimePlaceOrLinkNoticesEveryInvitedPersonAtTheRaisedSequence()
		throws Exception {

		NetworkMeeting networkMeeting = _stored(
			_add("Träff", _START, _END, "Stadshuset", "", ""));

		_invited(networkMeeting, 301, 303);

		_service.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
			"Träff", _START, _END, "Rådhuset", "", "");
		_service.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
			"Träff", new Date(_START.getTime() + 3_600_000L),
			new Date(_END.getTime() + 3_600_000L), "Rådhuset", "", "");
		_service.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
			"Träff", new Date(_START.getTime() + 3_600_000L),
			new Date(_END.getTime() + 3_600_000L), "Rådhuset",
			"https://meet.example.se/traff", "");

		assertEquals(
			List.of(
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 1, 301),
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 1, 303),
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 2, 301),
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 2, 303),
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 3, 301),
				_notice(MeetingNoticeKinds.CHANGE, networkMeeting, 3, 303)),
			_noticesSentAfterCommit(MeetingNoticeKinds.CHANGE));
	}

	@Test
	public void aNewTitleOrAgendaAloneRaisesTheSequenceButMailsNobody()
		throws Exception {

		NetworkMeeting networkMeeting = _stored(
			_add("Träff", _START, _END, "Stadshuset", "", ""));

		_invited(networkMeeting, 301, 303);

		_service.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeeting.getNetworkMeetingId(),
			"Vårträff", new Date(_START.getTime()), new Date(_END.getTime()),
			"Stadshuset", "", "<p>Ny agenda</p>");

		assertEquals(1, networkMeeting.getSequence());
		assertEquals(
			List.of(), _noticesSentAfterCommit(MeetingNoticeKinds.CHANGE));
	}

	@Test
	public void cancellingNoticesEveryInvitedPersonAlsoThoseNotComing()
		throws Exception {

		NetworkMeeting networkMeeting = _stored(
			_add("Träff", _START, _END, "Stadshuset", "", ""));

		List<MeetingParticipant> invitations = _invited(
			networkMeeting, 301, 303);

		invitations.get(
			1
		).setAnswer(
			MeetingParticipantConstants.ANSWER_NOT_COMING
		);

		_service.cancelNetworkMeeting(networkMeeting.getNetworkMeetingId());

		assertEquals(
			List.of(
				_notice(
					MeetingNoticeKinds.CANCELLATION, networkMeeting, 1, 301),
				_notice(
					MeetingNoticeKinds.CANCELLATION, networkMeeting, 1, 303)),
			_noticesSentAfterCommit(MeetingNoticeKinds.CANCELLATION));
	}

	@Test
	public void pastMeetingsAreLatestFirstAndUpcomingOnesEarliestFirst() {
		NetworkMeeting first = _meetingStarting(8001, 1_780_000_000_000L);
		NetworkMeeting second = _meetingStarting(8002, 1_790_000_000_000L);
		NetworkMeeting third = _meetingStarting(8003, 1_800_000_000_000L);
		NetworkMeeting fourth = _meetingStarting(8004, 1_810_000_000_000L);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(first, second, third, fourth)
		);

		assertEquals(
			List.of(second, first),
			_service.getPastNetworkMeetings(_NETWORK_ID));
		assertEquals(
			List.of(third, fourth),
			_service.getUpcomingNetworkMeetings(_NETWORK_ID));
	}

	private NetworkMeeting _add(
			String title, Date startDate, Date endDate, String place,
			String onlineLink, String agenda)
		throws Exception {

		return _service.addNetworkMeeting(
			_COORDINATOR_USER_ID, _NETWORK_ID, title, startDate, endDate, place,
			onlineLink, agenda, new ServiceContext());
	}

	private List<MeetingParticipant> _invited(
		NetworkMeeting networkMeeting, long... participantUserIds) {

		List<MeetingParticipant> invitations = new java.util.ArrayList<>();

		for (long participantUserId : participantUserIds) {
			MeetingParticipant meetingParticipant =
				new MeetingParticipantImpl();

			meetingParticipant.setNetworkMeetingId(
				networkMeeting.getNetworkMeetingId());
			meetingParticipant.setParticipantUserId(participantUserId);
			meetingParticipant.setAnswer(
				MeetingParticipantConstants.ANSWER_COMING);

			invitations.add(meetingParticipant);
		}

		when(
			_doubles.meetingParticipantPersistence.findByNetworkMeetingId(
				networkMeeting.getNetworkMeetingId())
		).thenReturn(
			invitations
		);

		return invitations;
	}

	private NetworkMember _member(long memberUserId) {
		NetworkMember networkMember = new NetworkMemberImpl();

		networkMember.setInstructorNetworkId(_NETWORK_ID);
		networkMember.setMemberUserId(memberUserId);
		networkMember.setRole(NetworkConstants.ROLE_MEMBER);

		return networkMember;
	}

	private NetworkMeeting _meetingStarting(
		long networkMeetingId, long startMillis) {

		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNetworkMeetingId(networkMeetingId);
		networkMeeting.setStartDate(new Date(startMillis));

		return networkMeeting;
	}

	private OutgoingMeetingNotice _notice(
		String noticeKind, NetworkMeeting networkMeeting, int sequence,
		long recipientUserId) {

		return new OutgoingMeetingNotice(
			noticeKind, NetworkTestDoubles.COMPANY_ID,
			NetworkTestDoubles.GROUP_ID, networkMeeting.getNetworkMeetingId(),
			sequence, recipientUserId);
	}

	private List<OutgoingMeetingNotice> _noticesSentAfterCommit() {
		ArgumentCaptor<OutgoingMeetingNotice> notices = ArgumentCaptor.forClass(
			OutgoingMeetingNotice.class);

		verify(
			_meetingNoticeDispatcher, org.mockito.Mockito.atLeast(0)
		).dispatchAfterCommit(
			notices.capture()
		);
		verify(
			_meetingNoticeDispatcher, never()
		).dispatch(
			any()
		);

		return notices.getAllValues();
	}

	private List<OutgoingMeetingNotice> _noticesSentAfterCommit(
		String noticeKind) {

		return _noticesSentAfterCommit(
		).stream(
		).filter(
			notice -> noticeKind.equals(notice.getNoticeKind())
		).collect(
			Collectors.toList()
		);
	}

	private NetworkMeeting _stored(NetworkMeeting networkMeeting)
		throws Exception {

		when(
			_doubles.networkMeetingPersistence.findByPrimaryKey(
				networkMeeting.getNetworkMeetingId())
		).thenReturn(
			networkMeeting
		);

		return networkMeeting;
	}

	private static final long _COORDINATOR_USER_ID = 302;

	private static final Date _END = new Date(1_800_007_200_000L);

	private static final long _NETWORK_ID = 7001;

	private static final Instant _NOW = Instant.ofEpochMilli(
		1_795_000_000_000L);

	private static final Date _START = new Date(1_800_000_000_000L);

	private final NetworkTestDoubles _doubles = new NetworkTestDoubles();
	private final MeetingNoticeDispatcher _meetingNoticeDispatcher = mock(
		MeetingNoticeDispatcher.class);
	private final MeetingTextCleaner _meetingTextCleaner = mock(
		MeetingTextCleaner.class);
	private final NetworkMeetingLocalServiceImpl _service =
		new NetworkMeetingLocalServiceImpl();

}
