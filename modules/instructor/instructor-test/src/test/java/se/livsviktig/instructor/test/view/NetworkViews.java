package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.MeetingParticipantService;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.ViewHarness;

/**
 * One instructor network as the network views' tests see it, on 15 March 2030: the reader (the harness's user) a
 * member, a coordinator and another member, two meetings to come (one the reader answered, one cancelled), one to
 * come that the reader has not answered, and two held (one with notes), each with the texts a sanitizer would have
 * left. Hands a network render command the services that answer with it, as the OSGi runtime would.
 *
 * @author Livsviktig
 */
final class NetworkViews {

	public static final long CANCELLED_ID = 4002;

	public static final long HELD_ID = 4004;

	public static final long NETWORK_ID = 7;

	public static final Instant NOW = Instant.parse("2030-03-15T12:00:00Z");

	public static final long OTHER_MEMBER_ID = 302;

	public static final long SUMMER_ID = 4003;

	public static final long UPCOMING_ID = 4001;

	/**
	 * @param canUpdate whether the reader may update the network, as its permission logic would answer for a
	 *        coordinator
	 */
	public static <T> T inject(T renderCommand, boolean canUpdate)
		throws Exception {

		InstructorNetwork network = mock(InstructorNetwork.class);

		when(
			network.getInstructorNetworkId()
		).thenReturn(
			NETWORK_ID
		);
		when(
			network.getName()
		).thenReturn(
			"MHFA-nätverket Väst & Norr"
		);
		when(
			network.getDescription()
		).thenReturn(
			"Samverkansträffar ca 4 gånger per år."
		);

		InstructorNetwork yam = mock(InstructorNetwork.class);

		when(
			yam.getInstructorNetworkId()
		).thenReturn(
			8L
		);
		when(
			yam.getName()
		).thenReturn(
			"YAM-nätverket"
		);

		InstructorNetworkService instructorNetworkService = mock(
			InstructorNetworkService.class);

		when(
			instructorNetworkService.getInstructorNetwork(NETWORK_ID)
		).thenReturn(
			network
		);
		when(
			instructorNetworkService.getGroupInstructorNetworks(
				ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			List.of(network, yam)
		);
		when(
			instructorNetworkService.getNetworkDirectory(NETWORK_ID)
		).thenReturn(
			List.of(
				new NetworkDirectoryEntry(
					InstructorViews.HOLDER_USER_ID, "Anna Svensson",
					NetworkConstants.ROLE_COORDINATOR,
					List.of("Socialförvaltningen"),
					List.of(
						new NetworkDirectoryMethod(
							InstructorViews.MHFA_ID,
							Date.from(Instant.parse("2031-01-14T23:00:00Z"))),
						new NetworkDirectoryMethod(
							InstructorViews.YAM_ID, null))),
				new NetworkDirectoryEntry(
					ViewHarness.USER_ID, "Anna Andersson",
					NetworkConstants.ROLE_MEMBER,
					List.of("Skolförvaltningen", "Elevhälsan"), List.of())));

		List<NetworkMeeting> meetings = meetings();

		NetworkMeetingService networkMeetingService = mock(
			NetworkMeetingService.class);

		when(
			networkMeetingService.getNetworkMeetings(NETWORK_ID)
		).thenReturn(
			meetings
		);

		for (NetworkMeeting meeting : meetings) {
			when(
				networkMeetingService.getNetworkMeeting(
					meeting.getNetworkMeetingId())
			).thenReturn(
				meeting
			);
		}

		List<MeetingParticipant> myInvitations = List.of(
			participant(
				UPCOMING_ID, ViewHarness.USER_ID,
				MeetingParticipantConstants.ANSWER_COMING,
				MeetingParticipantConstants.ATTENDANCE_UNMARKED),
			participant(
				CANCELLED_ID, ViewHarness.USER_ID,
				MeetingParticipantConstants.ANSWER_NONE,
				MeetingParticipantConstants.ATTENDANCE_UNMARKED),
			participant(
				SUMMER_ID, ViewHarness.USER_ID,
				MeetingParticipantConstants.ANSWER_NONE,
				MeetingParticipantConstants.ATTENDANCE_UNMARKED));

		MeetingParticipantLocalService meetingParticipantLocalService = mock(
			MeetingParticipantLocalService.class);

		when(
			meetingParticipantLocalService.getParticipantMeetingParticipants(
				ViewHarness.USER_ID)
		).thenReturn(
			myInvitations
		);

		List<MeetingParticipant> held = List.of(
			participant(
				HELD_ID, ViewHarness.USER_ID,
				MeetingParticipantConstants.ANSWER_COMING,
				MeetingParticipantConstants.ATTENDANCE_PRESENT),
			participant(
				HELD_ID, OTHER_MEMBER_ID,
				MeetingParticipantConstants.ANSWER_NOT_COMING,
				MeetingParticipantConstants.ATTENDANCE_ABSENT),
			participant(
				HELD_ID, InstructorViews.HOLDER_USER_ID,
				MeetingParticipantConstants.ANSWER_NONE,
				MeetingParticipantConstants.ATTENDANCE_UNMARKED));

		MeetingParticipantService meetingParticipantService = mock(
			MeetingParticipantService.class);

		when(
			meetingParticipantService.getMeetingParticipants(anyLong())
		).thenReturn(
			List.of()
		);
		when(
			meetingParticipantService.getMeetingParticipants(HELD_ID)
		).thenReturn(
			held
		);

		@SuppressWarnings("unchecked")
		ModelResourcePermission<InstructorNetwork> networkPermission = mock(
			ModelResourcePermission.class);

		when(
			networkPermission.contains(
				any(), eq(NETWORK_ID), eq(ActionKeys.UPDATE))
		).thenReturn(
			canUpdate
		);

		Fields.set(
			renderCommand, "instructorNetworkModelResourcePermission",
			networkPermission);
		Fields.set(
			renderCommand, "meetingParticipantLocalService",
			meetingParticipantLocalService);
		Fields.set(
			renderCommand, "meetingParticipantService",
			meetingParticipantService);
		Fields.set(renderCommand, "networkMeetingService", networkMeetingService);
		Fields.set(renderCommand, "userLocalService", userLocalService());
		Fields.set(renderCommand, "clock", Clock.fixed(NOW, ZoneOffset.UTC));

		_setIfPresent(
			renderCommand, "_instructorNetworkService",
			instructorNetworkService);
		_setIfPresent(
			renderCommand, "_trainingMethodLocalService",
			InstructorViews.trainingMethodLocalService());

		return renderCommand;
	}

	public static List<NetworkMeeting> meetings() {
		return List.of(
			meeting(
				UPCOMING_ID, "Samverkansträff <vår>", "2030-03-30T17:00:00Z",
				"2030-03-30T19:00:00Z", NetworkMeetingConstants.STATUS_SCHEDULED,
				"Stadshuset, sal 3", "https://meet.example.se/mhfa",
				"<p>Nya instruktörer i <strong>MHFA</strong></p>", null),
			meeting(
				CANCELLED_ID, "Extra träff", "2030-04-10T07:00:00Z",
				"2030-04-10T09:00:00Z",
				NetworkMeetingConstants.STATUS_CANCELLED, "Stadshuset", "",
				"", null),
			meeting(
				SUMMER_ID, "Sommarträff", "2030-03-31T16:00:00Z",
				"2030-03-31T18:00:00Z", NetworkMeetingConstants.STATUS_SCHEDULED,
				"", "https://meet.example.se/sommar", "", null),
			meeting(
				HELD_ID, "Vinterträff", "2030-01-20T13:00:00Z",
				"2030-01-20T15:00:00Z", NetworkMeetingConstants.STATUS_SCHEDULED,
				"Folkets hus", "", "<p>Erfarenheter</p>",
				"<ul><li>Fyra nya instruktörer</li><li>Nästa kurs i april</li></ul>"),
			meeting(
				4005, "Höstträff", "2029-10-20T13:00:00Z",
				"2029-10-20T15:00:00Z", NetworkMeetingConstants.STATUS_SCHEDULED,
				"Folkets hus", "", "", ""));
	}

	public static NetworkMeeting meeting(
		long networkMeetingId, String title, String start, String end,
		int status, String place, String onlineLink, String agenda,
		String notes) {

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			networkMeeting.getInstructorNetworkId()
		).thenReturn(
			NETWORK_ID
		);
		when(
			networkMeeting.getTitle()
		).thenReturn(
			title
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			networkMeeting.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(end))
		);
		when(
			networkMeeting.getStatus()
		).thenReturn(
			status
		);
		when(
			networkMeeting.getPlace()
		).thenReturn(
			place
		);
		when(
			networkMeeting.getOnlineLink()
		).thenReturn(
			onlineLink
		);
		when(
			networkMeeting.getAgenda()
		).thenReturn(
			agenda
		);
		when(
			networkMeeting.getNotes()
		).thenReturn(
			notes
		);

		return networkMeeting;
	}

	public static MeetingParticipant participant(
		long networkMeetingId, long userId, int answer, int attendance) {

		MeetingParticipant meetingParticipant = mock(MeetingParticipant.class);

		when(
			meetingParticipant.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			meetingParticipant.getParticipantUserId()
		).thenReturn(
			userId
		);
		when(
			meetingParticipant.getAnswer()
		).thenReturn(
			answer
		);
		when(
			meetingParticipant.getAttendance()
		).thenReturn(
			attendance
		);

		return meetingParticipant;
	}

	public static UserLocalService userLocalService() {
		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(anyLong())
		).thenAnswer(
			invocation -> {
				long userId = invocation.getArgument(0);

				User user = mock(User.class);

				when(
					user.getFullName()
				).thenReturn(
					(userId == ViewHarness.USER_ID) ? "Anna Andersson" :
						(userId == OTHER_MEMBER_ID) ? "Bo Berg" : "Anna Svensson"
				);

				return user;
			}
		);

		return userLocalService;
	}

	private static void _setIfPresent(
		Object target, String fieldName, Object value) {

		for (Class<?> type = target.getClass(); type != null;
			 type = type.getSuperclass()) {

			for (java.lang.reflect.Field field : type.getDeclaredFields()) {
				if (field.getName().equals(fieldName)) {
					Fields.set(target, fieldName, value);

					return;
				}
			}
		}
	}

}
