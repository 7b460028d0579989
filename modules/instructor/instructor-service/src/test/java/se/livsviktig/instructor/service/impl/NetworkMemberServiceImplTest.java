package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method, allowed and refused: members are changed with UPDATE on their network and seen with VIEW.
 *
 * @author Livsviktig
 */
public class NetworkMemberServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_permissions.install();

		Fields.set(_service, "networkMemberLocalService", _localService);
		Fields.set(
			_service, "_instructorNetworkModelResourcePermission",
			_permissions.instructorNetworkPermission);

		_networkMember.setNetworkMemberId(_MEMBER_ID);
		_networkMember.setInstructorNetworkId(_NETWORK_ID);

		when(
			_localService.getNetworkMember(_MEMBER_ID)
		).thenReturn(
			_networkMember
		);
	}

	@AfterEach
	public void tearDown() {
		_permissions.uninstall();
	}

	@Test
	public void addingAMemberNeedsUpdateOnTheNetwork() throws Exception {
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_add);
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.addNetworkMember(
				RemotePermissionDoubles.CALLER_USER_ID, _NETWORK_ID, 301,
				NetworkConstants.ROLE_MEMBER, _serviceContext)
		).thenReturn(
			_networkMember
		);

		assertSame(_networkMember, _add());
	}

	@Test
	public void removingAndReRolingNeedUpdateOnTheMembersNetwork()
		throws Exception {

		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.removeNetworkMember(_MEMBER_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.updateNetworkMemberRole(
				_MEMBER_ID, NetworkConstants.ROLE_COORDINATOR));
		verify(
			_localService, never()
		).removeNetworkMember(
			_MEMBER_ID
		);
		verify(
			_localService, never()
		).updateNetworkMemberRole(
			_MEMBER_ID, NetworkConstants.ROLE_COORDINATOR
		);

		_permissions.allowAll();

		when(
			_localService.removeNetworkMember(_MEMBER_ID)
		).thenReturn(
			_networkMember
		);
		when(
			_localService.updateNetworkMemberRole(
				_MEMBER_ID, NetworkConstants.ROLE_COORDINATOR)
		).thenReturn(
			_networkMember
		);

		assertSame(_networkMember, _service.removeNetworkMember(_MEMBER_ID));
		assertSame(
			_networkMember,
			_service.updateNetworkMemberRole(
				_MEMBER_ID, NetworkConstants.ROLE_COORDINATOR));
	}

	@Test
	public void seeingTheMembersNeedsViewOnTheNetwork() throws Exception {
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getNetworkMembers(_NETWORK_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.getNetworkMembers(_OTHER_NETWORK_ID)
		).thenReturn(
			List.of(_networkMember)
		);

		assertSame(
			_networkMember,
			_service.getNetworkMembers(
				_OTHER_NETWORK_ID
			).get(
				0
			));
	}

	private NetworkMember _add() throws Exception {
		return _service.addNetworkMember(
			_NETWORK_ID, 301, NetworkConstants.ROLE_MEMBER, _serviceContext);
	}

	private static final long _MEMBER_ID = 9001;

	private static final long _NETWORK_ID = 7001;

	private static final long _OTHER_NETWORK_ID = 7002;

	private final NetworkMemberLocalService _localService = mock(
		NetworkMemberLocalService.class);
	private final NetworkMember _networkMember = new NetworkMemberImpl();
	private final RemotePermissionDoubles _permissions =
		new RemotePermissionDoubles();
	private final ServiceContext _serviceContext = new ServiceContext();
	private final NetworkMemberServiceImpl _service =
		new NetworkMemberServiceImpl();

}
