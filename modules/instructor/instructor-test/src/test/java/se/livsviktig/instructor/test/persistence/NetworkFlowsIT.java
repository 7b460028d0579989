package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.sanitizer.Sanitizer;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.ContentTypes;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A network's life end to end on the persistence tier: the local services as the portal wraps them (transactions),
 * the generated persistence and PostgreSQL, with doubles for the portal's user and group services, training's
 * method service, and a sanitizer registered as the portal's would be. What each step committed is read back in a
 * transaction of its own.
 *
 * @author Livsviktig
 */
class NetworkFlowsIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	/**
	 * Stands for the portal's AntiSamy sanitizer: it drops script elements, so a test sees that what is kept is
	 * what the sanitizer returned.
	 */
	@BeforeAll
	static void registerSanitizer() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			Sanitizer.class,
			(companyId, groupId, userId, className, classPK, contentType,
			 modes, content, options) -> {

				if (!ContentTypes.TEXT_HTML.equals(contentType)) {
					return content;
				}

				return content.replaceAll("(?s)<script.*?</script>", "");
			},
			null
		);
	}

	@BeforeEach
	void setUp() throws Exception {
		_user(_COORDINATOR_USER_ID, true);
		_user(_ANNA_USER_ID, true);
		_user(_BERTIL_USER_ID, true);
		_user(_INACTIVE_USER_ID, false);
		_user(_SECOND_COORDINATOR_USER_ID, true);

		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			harness.portalService(
				GroupLocalService.class
			).fetchGroup(
				anyLong()
			)
		).thenReturn(
			group
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);
		when(
			harness.portalService(
				TrainingMethodLocalService.class
			).fetchTrainingMethod(
				_MHFA
			)
		).thenReturn(
			trainingMethod
		);
	}

	@Test
	void aCoordinatorRunsANetworkFromInvitationToAttendance() throws Exception {
		InstructorNetwork instructorNetwork = _networks(
		).addInstructorNetwork(
			_COORDINATOR_USER_ID, _GROUP_ID, "MHFA-nätverket",
			"Samverkansträffar ca 4 gånger per år", new long[] {_MHFA},
			new ServiceContext()
		);

		long networkId = instructorNetwork.getInstructorNetworkId();

		assertEquals(
			NetworkConstants.ROLE_COORDINATOR,
			_read(
				() -> harness.get(
					NetworkMemberPersistence.class
				).findByIN_MU(
					networkId, _COORDINATOR_USER_ID
				).getRole()));

		_members().addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _ANNA_USER_ID,
			NetworkConstants.ROLE_MEMBER, new ServiceContext());

		NetworkMeeting upcoming = _meetings().addNetworkMeeting(
			_COORDINATOR_USER_ID, networkId, "Vårträff", _hoursFromNow(24),
			_hoursFromNow(26), "Stadshuset", "https://teams.example.se/l/1",
			"<p>Dagordning</p><script>alert(1)</script>", new ServiceContext());

		NetworkMeeting started = _meetings().addNetworkMeeting(
			_COORDINATOR_USER_ID, networkId, "Pågående träff",
			_hoursFromNow(-1), _hoursFromNow(1), "Rådhuset", "", "",
			new ServiceContext());

		assertEquals(
			"<p>Dagordning</p>",
			_read(
				() -> harness.get(
					NetworkMeetingPersistence.class
				).findByPrimaryKey(
					upcoming.getNetworkMeetingId()
				).getAgenda()));
		assertEquals(
			List.of(_COORDINATOR_USER_ID, _ANNA_USER_ID),
			_invitedUserIds(upcoming));

		_members().addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _BERTIL_USER_ID,
			NetworkConstants.ROLE_MEMBER, new ServiceContext());

		assertEquals(
			List.of(_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID),
			_invitedUserIds(upcoming), "a late member is invited to what is to come");
		assertEquals(
			List.of(_COORDINATOR_USER_ID, _ANNA_USER_ID),
			_invitedUserIds(started), "not to what has started");

		_participants().answerNetworkMeeting(
			_ANNA_USER_ID, upcoming.getNetworkMeetingId(),
			MeetingParticipantConstants.ANSWER_COMING);

		assertEquals(
			MeetingParticipantConstants.ANSWER_COMING,
			_invitation(upcoming, _ANNA_USER_ID).getAnswer());

		assertThrows(
			NotNetworkMemberException.class,
			() -> _participants().answerNetworkMeeting(
				_OUTSIDER_USER_ID, upcoming.getNetworkMeetingId(),
				MeetingParticipantConstants.ANSWER_COMING));
		assertThrows(
			MeetingAnswerException.class,
			() -> _participants().answerNetworkMeeting(
				_ANNA_USER_ID, started.getNetworkMeetingId(),
				MeetingParticipantConstants.ANSWER_COMING));
		assertThrows(
			MeetingAttendanceException.class,
			() -> _participants().markNetworkMeetingAttendance(
				_COORDINATOR_USER_ID, upcoming.getNetworkMeetingId(),
				_ANNA_USER_ID,
				MeetingParticipantConstants.ATTENDANCE_PRESENT));
		assertEquals(
			MeetingParticipantConstants.ATTENDANCE_UNMARKED,
			_invitation(upcoming, _ANNA_USER_ID).getAttendance());

		_participants().markNetworkMeetingAttendance(
			_COORDINATOR_USER_ID, started.getNetworkMeetingId(), _ANNA_USER_ID,
			MeetingParticipantConstants.ATTENDANCE_PRESENT);

		MeetingParticipant attended = _invitation(started, _ANNA_USER_ID);

		assertEquals(
			MeetingParticipantConstants.ATTENDANCE_PRESENT,
			attended.getAttendance());
		assertEquals(_COORDINATOR_USER_ID, attended.getAttendanceByUserId());

		_meetings().updateNetworkMeeting(
			_COORDINATOR_USER_ID, upcoming.getNetworkMeetingId(), "Vårträff",
			_hoursFromNow(48), _hoursFromNow(50), "Stadshuset", "", "");
		_meetings().cancelNetworkMeeting(upcoming.getNetworkMeetingId());

		assertEquals(
			2,
			(int)_read(
				() -> harness.get(
					NetworkMeetingPersistence.class
				).findByPrimaryKey(
					upcoming.getNetworkMeetingId()
				).getSequence()));
	}

	@Test
	void theLongestTextsTheServicesAcceptAreStored() throws Exception {
		String name = "N".repeat(NetworkConstants.NAME_MAX_LENGTH);
		String description = "D".repeat(
			NetworkConstants.DESCRIPTION_MAX_LENGTH);

		InstructorNetwork instructorNetwork = _networks(
		).addInstructorNetwork(
			_COORDINATOR_USER_ID, _GROUP_ID, name, description,
			new long[] {_MHFA}, new ServiceContext()
		);

		String title = "T".repeat(NetworkMeetingConstants.TITLE_MAX_LENGTH);
		String place = "P".repeat(NetworkMeetingConstants.PLACE_MAX_LENGTH);
		String onlineLink = "https://teams.example.se/l/" +
			"l".repeat(NetworkMeetingConstants.ONLINE_LINK_MAX_LENGTH - 27);
		String agenda =
			"<p>" + "a".repeat(NetworkMeetingConstants.AGENDA_MAX_LENGTH - 7) +
				"</p>";

		NetworkMeeting networkMeeting = _meetings().addNetworkMeeting(
			_COORDINATOR_USER_ID, instructorNetwork.getInstructorNetworkId(),
			title, _hoursFromNow(24), _hoursFromNow(26), place, onlineLink,
			agenda, new ServiceContext());

		InstructorNetwork storedNetwork = _read(
			() -> harness.get(
				InstructorNetworkPersistence.class
			).findByPrimaryKey(
				instructorNetwork.getInstructorNetworkId()
			));

		assertEquals(name, storedNetwork.getName());
		assertEquals(description, storedNetwork.getDescription());

		NetworkMeeting storedMeeting = _read(
			() -> harness.get(
				NetworkMeetingPersistence.class
			).findByPrimaryKey(
				networkMeeting.getNetworkMeetingId()
			));

		assertEquals(title, storedMeeting.getTitle());
		assertEquals(place, storedMeeting.getPlace());
		assertEquals(onlineLink, storedMeeting.getOnlineLink());
		assertEquals(agenda, storedMeeting.getAgenda());
	}

	@Test
	void aRefusedCallLeavesNothingBehind() throws Exception {
		assertThrows(
			NetworkMemberUserException.class,
			() -> _networks().addInstructorNetwork(
				_INACTIVE_USER_ID, _SECOND_GROUP_ID, "Nätverket", "",
				new long[] {_MHFA}, new ServiceContext()),
			"the network row was written before its first coordinator was " +
				"refused: the transaction takes both back");

		assertEquals(
			0,
			(int)_read(
				() -> harness.get(
					InstructorNetworkPersistence.class
				).countByGroupId(
					_SECOND_GROUP_ID
				)));

		InstructorNetwork instructorNetwork = _networks(
		).addInstructorNetwork(
			_SECOND_COORDINATOR_USER_ID, _SECOND_GROUP_ID, "Nätverket", "",
			new long[] {_MHFA}, new ServiceContext()
		);

		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _meetings().addNetworkMeeting(
				_SECOND_COORDINATOR_USER_ID,
				instructorNetwork.getInstructorNetworkId(), "Träff",
				_hoursFromNow(26), _hoursFromNow(24), "Stadshuset", "", "",
				new ServiceContext()));

		assertEquals(
			0,
			(int)_read(
				() -> harness.get(
					NetworkMeetingPersistence.class
				).countByInstructorNetworkId(
					instructorNetwork.getInstructorNetworkId()
				)));
		assertEquals(
			0,
			(int)_read(
				() -> harness.get(
					MeetingParticipantPersistence.class
				).countByParticipantUserId(
					_SECOND_COORDINATOR_USER_ID
				)));
	}

	private static Date _hoursFromNow(int hours) {
		return new Date(System.currentTimeMillis() + (hours * 3_600_000L));
	}

	private static InstructorNetworkLocalService _networks() {
		return harness.get(InstructorNetworkLocalService.class);
	}

	private static NetworkMeetingLocalService _meetings() {
		return harness.get(NetworkMeetingLocalService.class);
	}

	private static NetworkMemberLocalService _members() {
		return harness.get(NetworkMemberLocalService.class);
	}

	private static MeetingParticipantLocalService _participants() {
		return harness.get(MeetingParticipantLocalService.class);
	}

	private static <T> T _read(Callable<T> callable)
		throws Exception {

		return harness.inTransaction(callable);
	}

	private List<Long> _invitedUserIds(NetworkMeeting networkMeeting)
		throws Exception {

		return _read(
			() -> harness.get(
				MeetingParticipantPersistence.class
			).findByNetworkMeetingId(
				networkMeeting.getNetworkMeetingId()
			).stream(
			).map(
				MeetingParticipant::getParticipantUserId
			).collect(
				Collectors.toList()
			));
	}

	private MeetingParticipant _invitation(
			NetworkMeeting networkMeeting, long userId)
		throws Exception {

		return _read(
			() -> harness.get(
				MeetingParticipantPersistence.class
			).findByNM_PU(
				networkMeeting.getNetworkMeetingId(), userId
			));
	}

	private void _user(long userId, boolean active) throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Person " + userId);
		when(user.isActive()).thenReturn(active);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(userId)).thenReturn(user);
		when(userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private static final long _ANNA_USER_ID = 301;

	private static final long _BERTIL_USER_ID = 303;

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _INACTIVE_USER_ID = 304;

	private static final long _MHFA = 501;

	private static final long _OUTSIDER_USER_ID = 399;

	private static final long _SECOND_COORDINATOR_USER_ID = 305;

	private static final long _SECOND_GROUP_ID = 20122;

}
