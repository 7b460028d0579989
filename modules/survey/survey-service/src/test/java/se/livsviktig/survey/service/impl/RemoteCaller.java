package se.livsviktig.survey.service.impl;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

/**
 * The authenticated caller a remote survey service sees: its permission checker and user id on the portal's
 * thread locals, as the portal's service layer sets them.
 *
 * @author Livsviktig
 */
final class RemoteCaller {

	static final long USER_ID = 302;

	void install() {
		when(permissionChecker.getUserId()).thenReturn(USER_ID);

		PermissionThreadLocal.setPermissionChecker(permissionChecker);
		PrincipalThreadLocal.setName(USER_ID);
	}

	void uninstall() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	final PermissionChecker permissionChecker = mock(PermissionChecker.class);

}
