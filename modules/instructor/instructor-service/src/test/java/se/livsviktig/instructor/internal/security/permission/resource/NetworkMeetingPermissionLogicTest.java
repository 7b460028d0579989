package se.livsviktig.instructor.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;

/**
 * A meeting inherits what its network's permission says, action by action.
 *
 * @author Livsviktig
 */
public class NetworkMeetingPermissionLogicTest {

	@Test
	public void whatTheNetworkAllowsTheMeetingAllows() throws Exception {
		when(
			_networkPermission.contains(
				_permissionChecker, _NETWORK_ID, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(true, _contains(ActionKeys.VIEW));
	}

	@Test
	public void whatTheNetworkRefusesFallsThroughToTheGrantsOnTheMeeting()
		throws Exception {

		when(
			_networkPermission.contains(
				_permissionChecker, _NETWORK_ID, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertNull(_contains(ActionKeys.UPDATE));
	}

	private Boolean _contains(String actionId) throws Exception {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setInstructorNetworkId(_NETWORK_ID);
		networkMeeting.setNetworkMeetingId(_MEETING_ID);

		return new NetworkMeetingPermissionLogic(
			_networkPermission
		).contains(
			_permissionChecker, NetworkMeeting.class.getName(), networkMeeting,
			actionId
		);
	}

	private static final long _MEETING_ID = 8001;

	private static final long _NETWORK_ID = 7001;

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<InstructorNetwork>
		_networkPermission = mock(ModelResourcePermission.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);

}
