package se.livsviktig.instructor.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;

/**
 * @author Livsviktig
 */
public class CertificationPermissionLogicTest {

	@Test
	public void aCoordinatorMayViewAndUpdateAnyonesCertification() {
		PermissionChecker coordinator = _user(_COORDINATOR_USER_ID, true);

		assertEquals(true, _contains(coordinator, ActionKeys.VIEW));
		assertEquals(true, _contains(coordinator, ActionKeys.UPDATE));
	}

	@Test
	public void anyoneElseFallsThroughToTheGrantsOnTheCertification() {
		PermissionChecker colleague = _user(_COLLEAGUE_USER_ID, false);

		assertNull(_contains(colleague, ActionKeys.VIEW));
		assertNull(_contains(colleague, ActionKeys.UPDATE));
	}

	@Test
	public void theHolderMayViewButNotUpdateTheirCertification() {
		PermissionChecker holder = _user(_HOLDER_USER_ID, false);

		assertEquals(true, _contains(holder, ActionKeys.VIEW));
		assertNull(_contains(holder, ActionKeys.UPDATE));
	}

	private Boolean _contains(
		PermissionChecker permissionChecker, String actionId) {

		Certification certification = new CertificationImpl();

		certification.setGroupId(_GROUP_ID);
		certification.setHolderUserId(_HOLDER_USER_ID);

		return new CertificationPermissionLogic(
			_portletResourcePermission
		).contains(
			permissionChecker, Certification.class.getName(), certification,
			actionId
		);
	}

	private PermissionChecker _user(long userId, boolean managesCertifications) {
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(
			permissionChecker.getUserId()
		).thenReturn(
			userId
		);
		when(
			_portletResourcePermission.contains(
				permissionChecker, _GROUP_ID,
				InstructorActionKeys.MANAGE_CERTIFICATIONS)
		).thenReturn(
			managesCertifications
		);

		return permissionChecker;
	}

	private static final long _COLLEAGUE_USER_ID = 303;

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _HOLDER_USER_ID = 301;

	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);

}
