package se.livsviktig.instructor.uad.anonymizer;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising the coordinator who created a network or scheduled a meeting replaces their id and name with the
 * anonymous user's, and keeps the network and the meeting: they are the members' history.
 *
 * @author Livsviktig
 */
public class NetworkCreatorUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn(_ANONYMOUS_FULL_NAME);
	}

	@Test
	public void anonymisingTheCreatorOfANetworkKeepsTheNetwork()
		throws Exception {

		InstructorNetworkUADAnonymizer anonymizer =
			new InstructorNetworkUADAnonymizer();
		InstructorNetworkLocalService instructorNetworkLocalService = mock(
			InstructorNetworkLocalService.class);

		Fields.set(
			anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			anonymizer, "instructorNetworkLocalService",
			instructorNetworkLocalService);

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(instructorNetwork.getUserId()).thenReturn(_COORDINATOR_USER_ID);

		anonymizer.autoAnonymize(
			instructorNetwork, _COORDINATOR_USER_ID, _anonymousUser);

		verify(instructorNetwork).setUserId(_ANONYMOUS_USER_ID);
		verify(instructorNetwork).setUserName(_ANONYMOUS_FULL_NAME);
		verify(
			instructorNetworkLocalService
		).updateInstructorNetwork(
			instructorNetwork
		);
		verify(
			instructorNetworkLocalService, never()
		).deleteInstructorNetwork(
			instructorNetwork
		);
	}

	@Test
	public void anonymisingTheSchedulerOfAMeetingKeepsTheMeeting()
		throws Exception {

		NetworkMeetingUADAnonymizer anonymizer =
			new NetworkMeetingUADAnonymizer();
		NetworkMeetingLocalService networkMeetingLocalService = mock(
			NetworkMeetingLocalService.class);

		Fields.set(
			anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			anonymizer, "networkMeetingLocalService",
			networkMeetingLocalService);

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(networkMeeting.getUserId()).thenReturn(_COORDINATOR_USER_ID);

		anonymizer.autoAnonymize(
			networkMeeting, _COORDINATOR_USER_ID, _anonymousUser);

		verify(networkMeeting).setUserId(_ANONYMOUS_USER_ID);
		verify(networkMeeting).setUserName(_ANONYMOUS_FULL_NAME);
		verify(networkMeetingLocalService).updateNetworkMeeting(networkMeeting);
		verify(
			networkMeetingLocalService, never()
		).deleteNetworkMeeting(
			networkMeeting
		);
	}

	private static final String _ANONYMOUS_FULL_NAME = "Anonymous Anonymous";

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _COORDINATOR_USER_ID = 30001;

	private final User _anonymousUser = mock(User.class);

}
