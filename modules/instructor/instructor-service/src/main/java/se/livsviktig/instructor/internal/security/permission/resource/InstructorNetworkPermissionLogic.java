package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.NetworkMemberLocalService;

/**
 * What belonging to a network gives, without a grant on it: its coordinators may view and update it (members,
 * meetings, notes, attendance), its members may view it (members' directory, meetings, their invitations).
 * Anything else (deleting, permissions, people outside the network) falls through to the grants on the network.
 *
 * @author Livsviktig
 */
public class InstructorNetworkPermissionLogic
	implements ModelResourcePermissionLogic<InstructorNetwork> {

	public InstructorNetworkPermissionLogic(
		NetworkMemberLocalService networkMemberLocalService) {

		_networkMemberLocalService = networkMemberLocalService;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name,
		InstructorNetwork instructorNetwork, String actionId) {

		if (!actionId.equals(ActionKeys.VIEW) &&
			!actionId.equals(ActionKeys.UPDATE)) {

			return null;
		}

		NetworkMember networkMember =
			_networkMemberLocalService.fetchNetworkMember(
				instructorNetwork.getInstructorNetworkId(),
				permissionChecker.getUserId());

		if (networkMember == null) {
			return null;
		}

		if (actionId.equals(ActionKeys.VIEW) || networkMember.isCoordinator()) {
			return true;
		}

		return null;
	}

	private final NetworkMemberLocalService _networkMemberLocalService;

}
