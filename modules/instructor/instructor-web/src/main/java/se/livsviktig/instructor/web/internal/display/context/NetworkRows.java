package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Makes the network list's rows in the reader's language: method names instead of ids, the number of members and
 * the coordinators' names, and the edit and delete the reader's permissions on each network allow (the same
 * checks the service makes on the update and the delete).
 *
 * @author Livsviktig
 */
public class NetworkRows {

	public NetworkRows(
		NetworkMemberService networkMemberService,
		UserLocalService userLocalService,
		TrainingMethodLocalService trainingMethodLocalService,
		ModelResourcePermission<InstructorNetwork>
			instructorNetworkModelResourcePermission,
		PermissionChecker permissionChecker, Locale locale) {

		_networkMemberService = networkMemberService;
		_userLocalService = userLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_instructorNetworkModelResourcePermission =
			instructorNetworkModelResourcePermission;
		_permissionChecker = permissionChecker;
		_locale = locale;
	}

	public List<NetworkRow> of(List<InstructorNetwork> instructorNetworks)
		throws PortalException {

		List<NetworkRow> networkRows = new ArrayList<>();

		for (InstructorNetwork instructorNetwork : instructorNetworks) {
			networkRows.add(_row(instructorNetwork));
		}

		return networkRows;
	}

	private List<String> _coordinatorNames(List<NetworkMember> networkMembers) {
		List<String> coordinatorNames = new ArrayList<>();

		for (NetworkMember networkMember : networkMembers) {
			if (!networkMember.isCoordinator()) {
				continue;
			}

			User user = _userLocalService.fetchUser(
				networkMember.getMemberUserId());

			if (user != null) {
				coordinatorNames.add(user.getFullName());
			}
		}

		return coordinatorNames;
	}

	private List<String> _methodNames(InstructorNetwork instructorNetwork) {
		List<String> methodNames = new ArrayList<>();

		for (long trainingMethodId :
				instructorNetwork.getTrainingMethodIdsArray()) {

			TrainingMethod trainingMethod =
				_trainingMethodLocalService.fetchTrainingMethod(
					trainingMethodId);

			if (trainingMethod != null) {
				methodNames.add(trainingMethod.getName(_locale));
			}
		}

		return methodNames;
	}

	private NetworkRow _row(InstructorNetwork instructorNetwork)
		throws PortalException {

		List<NetworkMember> networkMembers =
			_networkMemberService.getNetworkMembers(
				instructorNetwork.getInstructorNetworkId());

		return new NetworkRow(
			instructorNetwork.getInstructorNetworkId(),
			instructorNetwork.getName(), _methodNames(instructorNetwork),
			networkMembers.size(), _coordinatorNames(networkMembers),
			_instructorNetworkModelResourcePermission.contains(
				_permissionChecker, instructorNetwork, ActionKeys.UPDATE),
			_instructorNetworkModelResourcePermission.contains(
				_permissionChecker, instructorNetwork, ActionKeys.DELETE));
	}

	private final ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;
	private final Locale _locale;
	private final NetworkMemberService _networkMemberService;
	private final PermissionChecker _permissionChecker;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final UserLocalService _userLocalService;

}
