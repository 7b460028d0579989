package se.livsviktig.careprogram.service.impl;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * The caller and the permission objects a remote care programme service asks, as instructor's
 * RemotePermissionDoubles: by default every check passes (the doubles' checks do nothing); a test refuses one
 * action on one model and sees the call refused before the local service is touched.
 *
 * @author Livsviktig
 */
final class RemoteCallerDoubles {

	static final long CALLER_USER_ID = 302;

	void install() {
		when(permissionChecker.getUserId()).thenReturn(CALLER_USER_ID);

		PermissionThreadLocal.setPermissionChecker(permissionChecker);
		PrincipalThreadLocal.setName(CALLER_USER_ID);
	}

	void refuseCareProgram(long careProgramId, String actionId)
		throws Exception {

		doThrow(
			new PrincipalException.MustHavePermission(
				permissionChecker, CareProgram.class.getName(), careProgramId,
				actionId)
		).when(
			careProgramPermission
		).check(
			permissionChecker, careProgramId, actionId
		);
	}

	void refuseLocalRoutine(long localRoutineId, String actionId)
		throws Exception {

		doThrow(
			new PrincipalException.MustHavePermission(
				permissionChecker, LocalRoutine.class.getName(),
				localRoutineId, actionId)
		).when(
			localRoutinePermission
		).check(
			permissionChecker, localRoutineId, actionId
		);
	}

	void refuseSite(long groupId, String actionId) throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				permissionChecker, CareProgramConstants.RESOURCE_NAME, groupId,
				actionId)
		).when(
			portletResourcePermission
		).check(
			permissionChecker, groupId, actionId
		);
	}

	void uninstall() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@SuppressWarnings("unchecked")
	final ModelResourcePermission<CareProgram> careProgramPermission = mock(
		ModelResourcePermission.class);
	@SuppressWarnings("unchecked")
	final ModelResourcePermission<LocalRoutine> localRoutinePermission = mock(
		ModelResourcePermission.class);
	final PermissionChecker permissionChecker = mock(PermissionChecker.class);
	final PortletResourcePermission portletResourcePermission = mock(
		PortletResourcePermission.class);

}
