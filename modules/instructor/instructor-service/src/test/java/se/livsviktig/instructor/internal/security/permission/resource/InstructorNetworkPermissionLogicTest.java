package se.livsviktig.instructor.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.InstructorNetworkImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;
import se.livsviktig.instructor.service.NetworkMemberLocalService;

/**
 * What being in a network gives, decided from the membership row, not from a role.
 *
 * @author Livsviktig
 */
public class InstructorNetworkPermissionLogicTest {

	@Test
	public void aCoordinatorMayViewAndUpdateTheNetwork() {
		_member(_COORDINATOR_USER_ID, NetworkConstants.ROLE_COORDINATOR);

		assertEquals(true, _contains(_COORDINATOR_USER_ID, ActionKeys.VIEW));
		assertEquals(true, _contains(_COORDINATOR_USER_ID, ActionKeys.UPDATE));
	}

	@Test
	public void aMemberMayViewButNotUpdateTheNetwork() {
		_member(_MEMBER_USER_ID, NetworkConstants.ROLE_MEMBER);

		assertEquals(true, _contains(_MEMBER_USER_ID, ActionKeys.VIEW));
		assertNull(_contains(_MEMBER_USER_ID, ActionKeys.UPDATE));
	}

	@Test
	public void deletingAndPermissionsFallThroughToTheGrantsEvenForACoordinator() {
		_member(_COORDINATOR_USER_ID, NetworkConstants.ROLE_COORDINATOR);

		assertNull(_contains(_COORDINATOR_USER_ID, ActionKeys.DELETE));
		assertNull(_contains(_COORDINATOR_USER_ID, ActionKeys.PERMISSIONS));
	}

	@Test
	public void someoneOutsideTheNetworkFallsThroughToTheGrants() {
		assertNull(_contains(_OUTSIDER_USER_ID, ActionKeys.VIEW));
		assertNull(_contains(_OUTSIDER_USER_ID, ActionKeys.UPDATE));
	}

	private Boolean _contains(long userId, String actionId) {
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(
			permissionChecker.getUserId()
		).thenReturn(
			userId
		);

		InstructorNetwork instructorNetwork = new InstructorNetworkImpl();

		instructorNetwork.setInstructorNetworkId(_NETWORK_ID);

		return new InstructorNetworkPermissionLogic(
			_networkMemberLocalService
		).contains(
			permissionChecker, InstructorNetwork.class.getName(),
			instructorNetwork, actionId
		);
	}

	private void _member(long userId, int role) {
		NetworkMember networkMember = new NetworkMemberImpl();

		networkMember.setInstructorNetworkId(_NETWORK_ID);
		networkMember.setMemberUserId(userId);
		networkMember.setRole(role);

		when(
			_networkMemberLocalService.fetchNetworkMember(_NETWORK_ID, userId)
		).thenReturn(
			networkMember
		);
	}

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _MEMBER_USER_ID = 301;

	private static final long _NETWORK_ID = 7001;

	private static final long _OUTSIDER_USER_ID = 303;

	private final NetworkMemberLocalService _networkMemberLocalService = mock(
		NetworkMemberLocalService.class);

}
