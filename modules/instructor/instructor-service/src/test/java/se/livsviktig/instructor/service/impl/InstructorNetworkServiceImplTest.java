package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method, allowed and refused: the permission is checked through the portal's permission objects
 * before the local service is called.
 *
 * @author Livsviktig
 */
public class InstructorNetworkServiceImplTest {

	@BeforeEach
	public void setUp() {
		_permissions.install();

		Fields.set(_service, "instructorNetworkLocalService", _localService);
		Fields.set(
			_service, "_instructorNetworkModelResourcePermission",
			_permissions.instructorNetworkPermission);
		Fields.set(
			_service, "_portletResourcePermission",
			_portletResourcePermission);
	}

	@AfterEach
	public void tearDown() {
		_permissions.uninstall();
	}

	@Test
	public void addingNeedsAddNetworkInTheSite() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_permissions.permissionChecker,
				InstructorConstants.RESOURCE_NAME, _GROUP_ID,
				InstructorActionKeys.ADD_NETWORK)
		).when(
			_portletResourcePermission
		).check(
			_permissions.permissionChecker, _GROUP_ID,
			InstructorActionKeys.ADD_NETWORK
		);

		assertThrows(PrincipalException.class, () -> _add(_GROUP_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.addInstructorNetwork(
				eq(RemotePermissionDoubles.CALLER_USER_ID), eq(_OTHER_GROUP_ID),
				eq("Nätverket"), eq(""), any(), any())
		).thenReturn(
			_instructorNetwork
		);

		assertSame(_instructorNetwork, _add(_OTHER_GROUP_ID));
	}

	@Test
	public void deletingNeedsDeleteOnTheNetwork() throws Exception {
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteInstructorNetwork(_NETWORK_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.deleteInstructorNetwork(_OTHER_NETWORK_ID)
		).thenReturn(
			_instructorNetwork
		);

		assertSame(
			_instructorNetwork,
			_service.deleteInstructorNetwork(_OTHER_NETWORK_ID));
	}

	@Test
	public void theSitesNetworksAreThoseTheCallerMayView() throws Exception {
		InstructorNetwork hidden = mock(InstructorNetwork.class);

		when(
			_localService.getGroupInstructorNetworks(_GROUP_ID)
		).thenReturn(
			List.of(_instructorNetwork, hidden)
		);
		when(
			_permissions.instructorNetworkPermission.contains(
				_permissions.permissionChecker, _instructorNetwork,
				ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(
			List.of(_instructorNetwork),
			_service.getGroupInstructorNetworks(_GROUP_ID));
	}

	@Test
	public void updatingNeedsUpdateOnTheNetwork() throws Exception {
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, () -> _update(_NETWORK_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.updateInstructorNetwork(
				eq(RemotePermissionDoubles.CALLER_USER_ID),
				eq(_OTHER_NETWORK_ID), eq("Nätverket"), eq(""), any())
		).thenReturn(
			_instructorNetwork
		);

		assertSame(_instructorNetwork, _update(_OTHER_NETWORK_ID));
	}

	@Test
	public void viewingTheNetworkAndItsDirectoryNeedViewOnTheNetwork()
		throws Exception {

		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getInstructorNetwork(_NETWORK_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.getNetworkDirectory(_NETWORK_ID));
		verifyNoInteractions(_localService);

		List<NetworkDirectoryEntry> directory = List.of(
			new NetworkDirectoryEntry(301, "Karin Ek", 0, List.of(), List.of()));

		when(
			_localService.getInstructorNetwork(_OTHER_NETWORK_ID)
		).thenReturn(
			_instructorNetwork
		);
		when(
			_localService.getNetworkDirectory(_OTHER_NETWORK_ID)
		).thenReturn(
			directory
		);

		assertSame(
			_instructorNetwork,
			_service.getInstructorNetwork(_OTHER_NETWORK_ID));
		assertSame(
			directory, _service.getNetworkDirectory(_OTHER_NETWORK_ID));
	}

	private InstructorNetwork _add(long groupId) throws Exception {
		return _service.addInstructorNetwork(
			groupId, "Nätverket", "", new long[] {501}, new ServiceContext());
	}

	private InstructorNetwork _update(long instructorNetworkId)
		throws Exception {

		return _service.updateInstructorNetwork(
			instructorNetworkId, "Nätverket", "", new long[] {501});
	}

	private static final long _GROUP_ID = 20121;

	private static final long _NETWORK_ID = 7001;

	private static final long _OTHER_GROUP_ID = 20122;

	private static final long _OTHER_NETWORK_ID = 7002;

	private final InstructorNetwork _instructorNetwork = mock(
		InstructorNetwork.class);
	private final InstructorNetworkLocalService _localService = mock(
		InstructorNetworkLocalService.class);
	private final RemotePermissionDoubles _permissions =
		new RemotePermissionDoubles();
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final InstructorNetworkServiceImpl _service =
		new InstructorNetworkServiceImpl();

}
