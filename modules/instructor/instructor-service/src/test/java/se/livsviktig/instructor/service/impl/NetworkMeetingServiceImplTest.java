package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method, allowed and refused: meetings are added with UPDATE on the network, changed with UPDATE on
 * the meeting (inherited from the network by the meeting's permission logic), seen with VIEW.
 *
 * @author Livsviktig
 */
public class NetworkMeetingServiceImplTest {

	@BeforeEach
	public void setUp() {
		_permissions.install();

		Fields.set(_service, "networkMeetingLocalService", _localService);
		Fields.set(
			_service, "_instructorNetworkModelResourcePermission",
			_permissions.instructorNetworkPermission);
		Fields.set(
			_service, "_networkMeetingModelResourcePermission",
			_permissions.networkMeetingPermission);
	}

	@AfterEach
	public void tearDown() {
		_permissions.uninstall();
	}

	@Test
	public void addingAMeetingNeedsUpdateOnTheNetwork() throws Exception {
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_add);
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.addNetworkMeeting(
				RemotePermissionDoubles.CALLER_USER_ID, _NETWORK_ID, "Träff",
				_START, _END, "Stadshuset", "", "", _serviceContext)
		).thenReturn(
			_networkMeeting
		);

		assertSame(_networkMeeting, _add());
	}

	@Test
	public void changingCancellingAndNotesNeedUpdateOnTheMeeting()
		throws Exception {

		_permissions.refuseMeeting(_MEETING_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_update);
		assertThrows(
			PrincipalException.class,
			() -> _service.cancelNetworkMeeting(_MEETING_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.updateNetworkMeetingNotes(_MEETING_ID, "<p>x</p>"));
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.updateNetworkMeeting(
				RemotePermissionDoubles.CALLER_USER_ID, _MEETING_ID, "Träff",
				_START, _END, "Stadshuset", "", "")
		).thenReturn(
			_networkMeeting
		);
		when(
			_localService.cancelNetworkMeeting(_MEETING_ID)
		).thenReturn(
			_networkMeeting
		);
		when(
			_localService.updateNetworkMeetingNotes(
				RemotePermissionDoubles.CALLER_USER_ID, _MEETING_ID, "<p>x</p>")
		).thenReturn(
			_networkMeeting
		);

		assertSame(_networkMeeting, _update());
		assertSame(
			_networkMeeting, _service.cancelNetworkMeeting(_MEETING_ID));
		assertSame(
			_networkMeeting,
			_service.updateNetworkMeetingNotes(_MEETING_ID, "<p>x</p>"));
	}

	@Test
	public void seeingMeetingsNeedsViewOnTheMeetingOrTheNetwork()
		throws Exception {

		_permissions.refuseMeeting(_MEETING_ID, ActionKeys.VIEW);
		_permissions.refuseNetwork(_NETWORK_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getNetworkMeeting(_MEETING_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.getNetworkMeetings(_NETWORK_ID));
		verifyNoInteractions(_localService);

		_permissions.allowAll();

		when(
			_localService.getNetworkMeeting(_MEETING_ID)
		).thenReturn(
			_networkMeeting
		);
		when(
			_localService.getNetworkMeetings(_NETWORK_ID)
		).thenReturn(
			List.of(_networkMeeting)
		);

		assertSame(_networkMeeting, _service.getNetworkMeeting(_MEETING_ID));
		assertSame(
			_networkMeeting,
			_service.getNetworkMeetings(
				_NETWORK_ID
			).get(
				0
			));
	}

	private NetworkMeeting _add() throws Exception {
		return _service.addNetworkMeeting(
			_NETWORK_ID, "Träff", _START, _END, "Stadshuset", "", "",
			_serviceContext);
	}

	private NetworkMeeting _update() throws Exception {
		return _service.updateNetworkMeeting(
			_MEETING_ID, "Träff", _START, _END, "Stadshuset", "", "");
	}

	private static final Date _END = new Date(1_800_007_200_000L);

	private static final long _MEETING_ID = 8001;

	private static final long _NETWORK_ID = 7001;

	private static final Date _START = new Date(1_800_000_000_000L);

	private final NetworkMeetingLocalService _localService = mock(
		NetworkMeetingLocalService.class);
	private final NetworkMeeting _networkMeeting = mock(NetworkMeeting.class);
	private final RemotePermissionDoubles _permissions =
		new RemotePermissionDoubles();
	private final ServiceContext _serviceContext = new ServiceContext();
	private final NetworkMeetingServiceImpl _service =
		new NetworkMeetingServiceImpl();

}
