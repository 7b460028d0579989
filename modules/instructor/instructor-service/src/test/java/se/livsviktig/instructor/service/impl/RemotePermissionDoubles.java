package se.livsviktig.instructor.service.impl;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * The caller and the permission objects a remote network service asks: by default everything is allowed (the
 * doubles' checks do nothing); a test refuses one action on one model and sees the call refused before the local
 * service is touched.
 *
 * @author Livsviktig
 */
final class RemotePermissionDoubles {

	static final long CALLER_USER_ID = 302;

	/**
	 * Takes back every refusal.
	 */
	void allowAll() {
		reset(instructorNetworkPermission, networkMeetingPermission);
	}

	void install() {
		when(
			permissionChecker.getUserId()
		).thenReturn(
			CALLER_USER_ID
		);

		PermissionThreadLocal.setPermissionChecker(permissionChecker);
		PrincipalThreadLocal.setName(CALLER_USER_ID);
	}

	void refuseMeeting(long networkMeetingId, String actionId)
		throws Exception {

		doThrow(
			new PrincipalException.MustHavePermission(
				permissionChecker, NetworkMeeting.class.getName(),
				networkMeetingId, actionId)
		).when(
			networkMeetingPermission
		).check(
			permissionChecker, networkMeetingId, actionId
		);
	}

	void refuseNetwork(long instructorNetworkId, String actionId)
		throws Exception {

		doThrow(
			new PrincipalException.MustHavePermission(
				permissionChecker, InstructorNetwork.class.getName(),
				instructorNetworkId, actionId)
		).when(
			instructorNetworkPermission
		).check(
			permissionChecker, instructorNetworkId, actionId
		);
	}

	void uninstall() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@SuppressWarnings("unchecked")
	final ModelResourcePermission<InstructorNetwork>
		instructorNetworkPermission = mock(ModelResourcePermission.class);
	@SuppressWarnings("unchecked")
	final ModelResourcePermission<NetworkMeeting> networkMeetingPermission =
		mock(ModelResourcePermission.class);
	final PermissionChecker permissionChecker = mock(PermissionChecker.class);

}
