package se.livsviktig.instructor.service.impl;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.InstructorNetworkImpl;
import se.livsviktig.instructor.model.impl.MeetingParticipantImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.MeetingNoticePersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.platform.test.support.Fields;

/**
 * The persistences and portal services the network local services use, as Mockito doubles: create hands out a
 * new model with the given id, update returns what it was given, so a test verifies what was (not) written.
 *
 * @author Livsviktig
 */
final class NetworkTestDoubles {

	static final long COMPANY_ID = 20097;

	static final long GROUP_ID = 20121;

	NetworkTestDoubles() {
		when(
			counterLocalService.increment()
		).thenAnswer(
			invocation -> _ids.incrementAndGet()
		);

		when(
			meetingNoticePersistence.dslQuery(any())
		).thenReturn(
			List.of()
		);

		when(
			instructorNetworkPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				InstructorNetwork instructorNetwork =
					new InstructorNetworkImpl();

				instructorNetwork.setInstructorNetworkId(
					invocation.getArgument(0));

				return instructorNetwork;
			}
		);
		when(
			instructorNetworkPersistence.update(any())
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			meetingParticipantPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				MeetingParticipant meetingParticipant =
					new MeetingParticipantImpl();

				meetingParticipant.setMeetingParticipantId(
					invocation.getArgument(0));

				return meetingParticipant;
			}
		);
		when(
			meetingParticipantPersistence.update(any())
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			networkMeetingPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				NetworkMeeting networkMeeting = new NetworkMeetingImpl();

				networkMeeting.setNetworkMeetingId(invocation.getArgument(0));

				return networkMeeting;
			}
		);
		when(
			networkMeetingPersistence.update(any())
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			networkMemberPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				NetworkMember networkMember = new NetworkMemberImpl();

				networkMember.setNetworkMemberId(invocation.getArgument(0));

				return networkMember;
			}
		);
		when(
			networkMemberPersistence.update(any())
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
	}

	/**
	 * Sets the doubles on a local service's generated fields.
	 */
	<T> T inject(T localService) {
		Fields.set(localService, "counterLocalService", counterLocalService);
		Fields.set(
			localService, "instructorNetworkPersistence",
			instructorNetworkPersistence);
		Fields.set(
			localService, "meetingNoticePersistence", meetingNoticePersistence);
		Fields.set(
			localService, "meetingParticipantPersistence",
			meetingParticipantPersistence);
		Fields.set(
			localService, "networkMeetingPersistence",
			networkMeetingPersistence);
		Fields.set(
			localService, "networkMemberPersistence", networkMemberPersistence);
		Fields.set(localService, "resourceLocalService", resourceLocalService);
		Fields.set(localService, "userLocalService", userLocalService);

		return localService;
	}

	InstructorNetwork network(long instructorNetworkId) throws Exception {
		InstructorNetwork instructorNetwork = new InstructorNetworkImpl();

		instructorNetwork.setInstructorNetworkId(instructorNetworkId);
		instructorNetwork.setCompanyId(COMPANY_ID);
		instructorNetwork.setGroupId(GROUP_ID);

		when(
			instructorNetworkPersistence.findByPrimaryKey(instructorNetworkId)
		).thenReturn(
			instructorNetwork
		);
		when(
			instructorNetworkPersistence.fetchByPrimaryKey(instructorNetworkId)
		).thenReturn(
			instructorNetwork
		);

		return instructorNetwork;
	}

	User user(long userId, long companyId, boolean active) throws Exception {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			user.getFullName()
		).thenReturn(
			"Person " + userId
		);
		when(
			user.isActive()
		).thenReturn(
			active
		);
		when(
			userLocalService.getUser(userId)
		).thenReturn(
			user
		);
		when(
			userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);

		return user;
	}

	final CounterLocalService counterLocalService = mock(
		CounterLocalService.class);
	final InstructorNetworkPersistence instructorNetworkPersistence = mock(
		InstructorNetworkPersistence.class);
	final MeetingNoticePersistence meetingNoticePersistence = mock(
		MeetingNoticePersistence.class);
	final MeetingParticipantPersistence meetingParticipantPersistence = mock(
		MeetingParticipantPersistence.class);
	final NetworkMeetingPersistence networkMeetingPersistence = mock(
		NetworkMeetingPersistence.class);
	final NetworkMemberPersistence networkMemberPersistence = mock(
		NetworkMemberPersistence.class);
	final ResourceLocalService resourceLocalService = mock(
		ResourceLocalService.class);
	final UserLocalService userLocalService = mock(UserLocalService.class);

	private final AtomicLong _ids = new AtomicLong(90_000);

}
