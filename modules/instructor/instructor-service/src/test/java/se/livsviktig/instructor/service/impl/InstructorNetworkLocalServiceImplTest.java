package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.InOrder;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Starting a network makes its starter the first coordinator; bad input writes nothing.
 *
 * @author Livsviktig
 */
public class InstructorNetworkLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_doubles.inject(_service);

		Fields.set(_service, "_groupLocalService", _groupLocalService);
		Fields.set(
			_service, "_networkMemberLocalService", _networkMemberLocalService);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		_doubles.user(_COORDINATOR_USER_ID, NetworkTestDoubles.COMPANY_ID, true);

		Group group = mock(Group.class);

		when(
			group.getCompanyId()
		).thenReturn(
			NetworkTestDoubles.COMPANY_ID
		);
		when(
			_groupLocalService.fetchGroup(NetworkTestDoubles.GROUP_ID)
		).thenReturn(
			group
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getCompanyId()
		).thenReturn(
			NetworkTestDoubles.COMPANY_ID
		);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_MHFA)
		).thenReturn(
			trainingMethod
		);
	}

	@Test
	public void badInputIsRefusedAndNothingIsWritten() throws Exception {
		assertThrows(
			NetworkNameException.class,
			() -> _add(NetworkTestDoubles.GROUP_ID, " ", _MHFA));
		assertThrows(
			NetworkGroupException.class, () -> _add(40404, "Nätverket", _MHFA));
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> _add(NetworkTestDoubles.GROUP_ID, "Nätverket", 404));

		verify(
			_doubles.instructorNetworkPersistence, never()
		).update(
			any()
		);
		verify(
			_networkMemberLocalService, never()
		).addNetworkMember(
			anyLong(), anyLong(), anyLong(), anyInt(), any()
		);
	}

	@Test
	public void deletingANetworkDeletesItsMeetingsAnswersMembersAndPermissions()
		throws Exception {

		InstructorNetwork instructorNetwork = _doubles.network(_NETWORK_ID);

		NetworkMeeting spring = _meeting(8001);
		NetworkMeeting autumn = _meeting(8002);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of(spring, autumn)
		);
		when(
			_doubles.instructorNetworkPersistence.remove(instructorNetwork)
		).thenReturn(
			instructorNetwork
		);
		when(
			_doubles.meetingNoticePersistence.dslQuery(any())
		).thenReturn(
			List.of(9001L), List.of(9002L, 9003L)
		);

		assertEquals(
			instructorNetwork, _service.deleteInstructorNetwork(_NETWORK_ID));

		for (long meetingNoticeId : new long[] {9001L, 9002L, 9003L}) {
			verify(
				_doubles.meetingNoticePersistence
			).remove(
				meetingNoticeId
			);
		}

		for (NetworkMeeting networkMeeting : List.of(spring, autumn)) {
			InOrder inOrder = inOrder(
				_doubles.meetingParticipantPersistence,
				_doubles.resourceLocalService,
				_doubles.networkMeetingPersistence);

			inOrder.verify(
				_doubles.meetingParticipantPersistence
			).removeByNetworkMeetingId(
				networkMeeting.getNetworkMeetingId()
			);
			inOrder.verify(
				_doubles.resourceLocalService
			).deleteResource(
				NetworkTestDoubles.COMPANY_ID, NetworkMeeting.class.getName(),
				ResourceConstants.SCOPE_INDIVIDUAL,
				networkMeeting.getNetworkMeetingId()
			);
			inOrder.verify(
				_doubles.networkMeetingPersistence
			).remove(
				networkMeeting
			);
		}

		verify(
			_doubles.networkMemberPersistence
		).removeByInstructorNetworkId(
			_NETWORK_ID
		);
		verify(
			_doubles.resourceLocalService
		).deleteResource(
			NetworkTestDoubles.COMPANY_ID, InstructorNetwork.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, _NETWORK_ID
		);
		verify(
			_doubles.instructorNetworkPersistence
		).remove(
			instructorNetwork
		);
	}

	@Test
	public void deletingANetworkWithoutMeetingsDeletesItsMembers()
		throws Exception {

		InstructorNetwork instructorNetwork = _doubles.network(_NETWORK_ID);

		when(
			_doubles.networkMeetingPersistence.findByInstructorNetworkId(
				_NETWORK_ID)
		).thenReturn(
			List.of()
		);

		_service.deleteInstructorNetwork(instructorNetwork);

		verify(
			_doubles.meetingParticipantPersistence, never()
		).removeByNetworkMeetingId(
			anyLong()
		);
		verify(
			_doubles.networkMemberPersistence
		).removeByInstructorNetworkId(
			_NETWORK_ID
		);
	}

	@Test
	public void theStarterOfANetworkIsItsFirstCoordinator() throws Exception {
		InstructorNetwork instructorNetwork = _add(
			NetworkTestDoubles.GROUP_ID, " MHFA-nätverket ", _MHFA, _MHFA);

		assertEquals("MHFA-nätverket", instructorNetwork.getName());
		assertArrayEquals(
			new long[] {_MHFA}, instructorNetwork.getTrainingMethodIdsArray());
		assertEquals(
			NetworkTestDoubles.COMPANY_ID, instructorNetwork.getCompanyId());

		verify(
			_networkMemberLocalService
		).addNetworkMember(
			eq(_COORDINATOR_USER_ID),
			eq(instructorNetwork.getInstructorNetworkId()),
			eq(_COORDINATOR_USER_ID), eq(NetworkConstants.ROLE_COORDINATOR),
			any()
		);
	}

	private InstructorNetwork _add(
			long groupId, String name, long... trainingMethodIds)
		throws Exception {

		return _service.addInstructorNetwork(
			_COORDINATOR_USER_ID, groupId, name, "", trainingMethodIds,
			new ServiceContext());
	}

	private NetworkMeeting _meeting(long networkMeetingId) {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNetworkMeetingId(networkMeetingId);
		networkMeeting.setCompanyId(NetworkTestDoubles.COMPANY_ID);
		networkMeeting.setInstructorNetworkId(_NETWORK_ID);

		return networkMeeting;
	}

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _MHFA = 501;

	private static final long _NETWORK_ID = 7001;

	private final NetworkTestDoubles _doubles = new NetworkTestDoubles();
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final NetworkMemberLocalService _networkMemberLocalService = mock(
		NetworkMemberLocalService.class);
	private final InstructorNetworkLocalServiceImpl _service =
		new InstructorNetworkLocalServiceImpl();
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
