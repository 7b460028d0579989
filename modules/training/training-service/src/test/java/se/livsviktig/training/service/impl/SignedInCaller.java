package se.livsviktig.training.service.impl;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The person calling a remote service, as the portal's request filters set them up: the principal and a
 * permission checker on the thread. Register with {@code @RegisterExtension}.
 *
 * @author Livsviktig
 */
public class SignedInCaller implements AfterEachCallback, BeforeEachCallback {

	public static final long USER_ID = 20125;

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		when(
			permissionChecker.getUserId()
		).thenReturn(
			USER_ID
		);

		PermissionThreadLocal.setPermissionChecker(permissionChecker);

		signIn();
	}

	public void signIn() {
		PrincipalThreadLocal.setName(USER_ID);
	}

	/**
	 * Nobody signed in: the principal the portal sets for a request without a session.
	 */
	public void signOut() {
		PrincipalThreadLocal.setName(null);
	}

	public final PermissionChecker permissionChecker = mock(
		PermissionChecker.class);

}
