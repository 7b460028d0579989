package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.instructor.test.persistence.InstructorRows.keys;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.exception.NoSuchNetworkMemberException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The finders of the network entities (InstructorNetwork, NetworkMember, NetworkMeeting, MeetingParticipant), on
 * PostgreSQL, each with rows that must and must not be found; and the unique index that keeps one invitation per
 * meeting and person.
 *
 * @author Livsviktig
 */
class NetworkFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@FinderUnderTest(entity = "InstructorNetwork", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheSitesNetworksByName() throws Exception {
		long groupId = _rows.newId();

		InstructorNetwork yam = _network(groupId, "YAM-nätverket");
		InstructorNetwork mhfa = _network(groupId, "MHFA-nätverket");

		_network(_rows.newId(), "Annat nätverk");

		assertEquals(
			List.of(
				mhfa.getInstructorNetworkId(), yam.getInstructorNetworkId()),
			_rows.read(
				() -> _networks().findByGroupId(groupId)
			).stream(
			).map(
				InstructorNetwork::getInstructorNetworkId
			).collect(
				Collectors.toList()
			));
	}

	@FinderUnderTest(entity = "NetworkMember", finder = "IN_MU")
	@Test
	void findByIN_MUFindsThePersonsPlaceInTheNetwork() throws Exception {
		long networkId = _rows.newId();
		long userId = _rows.newId();

		NetworkMember networkMember = _member(
			networkId, userId, NetworkConstants.ROLE_MEMBER);

		_member(networkId, _rows.newId(), NetworkConstants.ROLE_MEMBER);
		_member(_rows.newId(), userId, NetworkConstants.ROLE_MEMBER);

		assertEquals(
			networkMember.getNetworkMemberId(),
			_rows.read(
				() -> _members().findByIN_MU(networkId, userId)
			).getNetworkMemberId());

		long otherUserId = _rows.newId();

		assertNull(
			_rows.read(() -> _members().fetchByIN_MU(networkId, otherUserId)));
		assertThrows(
			NoSuchNetworkMemberException.class,
			() -> _rows.read(
				() -> _members().findByIN_MU(networkId, otherUserId)));
	}

	@FinderUnderTest(entity = "NetworkMember", finder = "IN_R")
	@Test
	void findByIN_RReturnsTheNetworksMembersInTheRole() throws Exception {
		long networkId = _rows.newId();

		NetworkMember coordinator = _member(
			networkId, _rows.newId(), NetworkConstants.ROLE_COORDINATOR);

		_member(networkId, _rows.newId(), NetworkConstants.ROLE_MEMBER);
		_member(
			_rows.newId(), _rows.newId(), NetworkConstants.ROLE_COORDINATOR);

		assertEquals(
			keys(coordinator),
			keys(
				_rows.read(
					() -> _members().findByIN_R(
						networkId, NetworkConstants.ROLE_COORDINATOR))));
		assertEquals(
			1,
			(int)_rows.read(
				() -> _members().countByIN_R(
					networkId, NetworkConstants.ROLE_COORDINATOR)));
	}

	@FinderUnderTest(entity = "NetworkMember", finder = "InstructorNetworkId")
	@Test
	void findByInstructorNetworkIdReturnsEveryMemberOfTheNetwork()
		throws Exception {

		long networkId = _rows.newId();

		NetworkMember coordinator = _member(
			networkId, _rows.newId(), NetworkConstants.ROLE_COORDINATOR);
		NetworkMember member = _member(
			networkId, _rows.newId(), NetworkConstants.ROLE_MEMBER);

		_member(_rows.newId(), _rows.newId(), NetworkConstants.ROLE_MEMBER);

		assertEquals(
			keys(coordinator, member),
			keys(
				_rows.read(
					() -> _members().findByInstructorNetworkId(networkId))));
	}

	@FinderUnderTest(entity = "NetworkMember", finder = "MemberUserId")
	@Test
	void findByMemberUserIdReturnsThePersonsPlacesInEveryNetwork()
		throws Exception {

		long userId = _rows.newId();

		NetworkMember first = _member(
			_rows.newId(), userId, NetworkConstants.ROLE_MEMBER);
		NetworkMember second = _member(
			_rows.newId(), userId, NetworkConstants.ROLE_COORDINATOR);

		_member(_rows.newId(), _rows.newId(), NetworkConstants.ROLE_MEMBER);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _members().findByMemberUserId(userId))));
	}

	@FinderUnderTest(entity = "NetworkMeeting", finder = "InstructorNetworkId")
	@Test
	void findByInstructorNetworkIdReturnsTheNetworksMeetingsEarliestFirst()
		throws Exception {

		long networkId = _rows.newId();

		NetworkMeeting autumn = _meeting(networkId, _AUTUMN);
		NetworkMeeting spring = _meeting(networkId, _SPRING);

		_meeting(_rows.newId(), _SPRING);

		assertEquals(
			List.of(
				spring.getNetworkMeetingId(), autumn.getNetworkMeetingId()),
			_rows.read(
				() -> _meetings().findByInstructorNetworkId(networkId)
			).stream(
			).map(
				NetworkMeeting::getNetworkMeetingId
			).collect(
				Collectors.toList()
			));
	}

	@FinderUnderTest(entity = "MeetingParticipant", finder = "NM_PU")
	@Test
	void findByNM_PUFindsThePersonsInvitationAndTheIndexKeepsItTheOnlyOne()
		throws Exception {

		long meetingId = _rows.newId();
		long userId = _rows.newId();

		MeetingParticipant invitation = _invitation(meetingId, userId);

		_invitation(meetingId, _rows.newId());
		_invitation(_rows.newId(), userId);

		assertEquals(
			invitation.getMeetingParticipantId(),
			_rows.read(
				() -> _participants().findByNM_PU(meetingId, userId)
			).getMeetingParticipantId());

		long otherUserId = _rows.newId();

		assertNull(
			_rows.read(
				() -> _participants().fetchByNM_PU(meetingId, otherUserId)));
		assertThrows(
			NoSuchMeetingParticipantException.class,
			() -> _rows.read(
				() -> _participants().findByNM_PU(meetingId, otherUserId)));

		assertThrows(Exception.class, () -> _invitation(meetingId, userId));
		assertEquals(
			1,
			(int)_rows.read(
				() -> _participants().countByNM_PU(meetingId, userId)));
	}

	@FinderUnderTest(entity = "MeetingParticipant", finder = "NetworkMeetingId")
	@Test
	void findByNetworkMeetingIdReturnsTheMeetingsInvitations()
		throws Exception {

		long meetingId = _rows.newId();

		MeetingParticipant first = _invitation(meetingId, _rows.newId());
		MeetingParticipant second = _invitation(meetingId, _rows.newId());

		_invitation(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _participants().findByNetworkMeetingId(meetingId))));
	}

	@FinderUnderTest(entity = "MeetingParticipant", finder = "ParticipantUserId")
	@Test
	void findByParticipantUserIdReturnsThePersonsInvitations()
		throws Exception {

		long userId = _rows.newId();

		MeetingParticipant first = _invitation(_rows.newId(), userId);
		MeetingParticipant second = _invitation(_rows.newId(), userId);

		_invitation(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _participants().findByParticipantUserId(userId))));
	}

	private static NetworkMeetingPersistence _meetings() {
		return harness.get(NetworkMeetingPersistence.class);
	}

	private static NetworkMemberPersistence _members() {
		return harness.get(NetworkMemberPersistence.class);
	}

	private static InstructorNetworkPersistence _networks() {
		return harness.get(InstructorNetworkPersistence.class);
	}

	private static MeetingParticipantPersistence _participants() {
		return harness.get(MeetingParticipantPersistence.class);
	}

	private MeetingParticipant _invitation(long meetingId, long userId)
		throws Exception {

		return _rows.meetingParticipant(
			meetingParticipant -> {
				meetingParticipant.setNetworkMeetingId(meetingId);
				meetingParticipant.setParticipantUserId(userId);
			});
	}

	private NetworkMeeting _meeting(long networkId, Date startDate)
		throws Exception {

		return _rows.networkMeeting(
			networkMeeting -> {
				networkMeeting.setInstructorNetworkId(networkId);
				networkMeeting.setTitle("Samverkansträff");
				networkMeeting.setStartDate(startDate);
				networkMeeting.setEndDate(
					new Date(startDate.getTime() + 7_200_000));
			});
	}

	private NetworkMember _member(long networkId, long userId, int role)
		throws Exception {

		return _rows.networkMember(
			networkMember -> {
				networkMember.setInstructorNetworkId(networkId);
				networkMember.setMemberUserId(userId);
				networkMember.setRole(role);
			});
	}

	private InstructorNetwork _network(long groupId, String name)
		throws Exception {

		return _rows.instructorNetwork(
			instructorNetwork -> {
				instructorNetwork.setGroupId(groupId);
				instructorNetwork.setName(name);
			});
	}

	private static final Date _AUTUMN = new Date(1_822_000_000_000L);

	private static final Date _SPRING = new Date(1_807_000_000_000L);

	private final InstructorRows _rows = new InstructorRows(harness);

}
