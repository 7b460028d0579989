package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A network row names the methods in the reader's language, counts the members, names the coordinators, and
 * offers edit and delete exactly when the network's permission allows UPDATE and DELETE.
 *
 * @author Livsviktig
 */
public class NetworkRowsTest {

	@Test
	public void aRowNamesMethodsAndCoordinatorsAndCountsMembers()
		throws Exception {

		InstructorNetwork instructorNetwork = _network(7001, 1, 404);

		// Made first: Mockito cannot stub one mock while it stubs another.

		List<NetworkMember> networkMembers = List.of(
			_member(301, true), _member(302, false), _member(303, true));

		when(
			_networkMemberService.getNetworkMembers(7001)
		).thenReturn(
			networkMembers
		);
		_user(301, "Anna Svensson");
		_user(303, "Cecilia Berg");

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(
			mhfa.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(1)
		).thenReturn(
			mhfa
		);

		NetworkRow networkRow = _networkRows.of(
			List.of(instructorNetwork)
		).get(
			0
		);

		assertEquals("MHFA-nätverket", networkRow.getName());
		assertEquals(List.of("MHFA Vuxen"), networkRow.getMethodNames());
		assertEquals(3, networkRow.getMemberCount());
		assertEquals(
			List.of("Anna Svensson", "Cecilia Berg"),
			networkRow.getCoordinatorNames());
	}

	@Test
	public void editAndDeleteFollowTheNetworksPermission() throws Exception {
		InstructorNetwork updatable = _network(7001);
		InstructorNetwork deletable = _network(7002);

		when(
			_permission.contains(
				_permissionChecker, updatable, ActionKeys.UPDATE)
		).thenReturn(
			true
		);
		when(
			_permission.contains(
				_permissionChecker, deletable, ActionKeys.DELETE)
		).thenReturn(
			true
		);

		List<NetworkRow> networkRows = _networkRows.of(
			List.of(updatable, deletable));

		assertTrue(networkRows.get(0).isUpdatable());
		assertFalse(networkRows.get(0).isDeletable());
		assertFalse(networkRows.get(1).isUpdatable());
		assertTrue(networkRows.get(1).isDeletable());
	}

	private NetworkMember _member(long userId, boolean coordinator) {
		NetworkMember networkMember = mock(NetworkMember.class);

		when(
			networkMember.getMemberUserId()
		).thenReturn(
			userId
		);
		when(
			networkMember.isCoordinator()
		).thenReturn(
			coordinator
		);

		return networkMember;
	}

	private InstructorNetwork _network(
		long instructorNetworkId, long... trainingMethodIds) {

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			instructorNetwork.getName()
		).thenReturn(
			"MHFA-nätverket"
		);
		when(
			instructorNetwork.getTrainingMethodIdsArray()
		).thenReturn(
			trainingMethodIds
		);

		return instructorNetwork;
	}

	private void _user(long userId, String fullName) {
		User user = mock(User.class);

		when(
			user.getFullName()
		).thenReturn(
			fullName
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final NetworkMemberService _networkMemberService = mock(
		NetworkMemberService.class);

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<InstructorNetwork> _permission =
		mock(ModelResourcePermission.class);

	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final NetworkRows _networkRows = new NetworkRows(
		_networkMemberService, _userLocalService, _trainingMethodLocalService,
		_permission, _permissionChecker, _SWEDISH);

}
