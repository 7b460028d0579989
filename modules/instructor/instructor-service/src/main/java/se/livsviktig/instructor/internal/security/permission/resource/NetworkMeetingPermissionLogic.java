package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * A meeting inherits from its network: whoever may view the network may view its meetings, whoever may update the
 * network (its coordinators, or a grant on it) may update them. Anything else falls through to the grants on the
 * meeting itself.
 *
 * @author Livsviktig
 */
public class NetworkMeetingPermissionLogic
	implements ModelResourcePermissionLogic<NetworkMeeting> {

	public NetworkMeetingPermissionLogic(
		ModelResourcePermission<InstructorNetwork>
			instructorNetworkModelResourcePermission) {

		_instructorNetworkModelResourcePermission =
			instructorNetworkModelResourcePermission;
	}

	@Override
	public Boolean contains(
			PermissionChecker permissionChecker, String name,
			NetworkMeeting networkMeeting, String actionId)
		throws PortalException {

		if (_instructorNetworkModelResourcePermission.contains(
				permissionChecker, networkMeeting.getInstructorNetworkId(),
				actionId)) {

			return true;
		}

		return null;
	}

	private final ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;

}
