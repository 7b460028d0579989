package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * An action really runs through the bundles: the registered EditTrainingMethodMVCActionCommand calls the
 * real TrainingMethodServiceImpl (which checks the permission) through its published interface, which calls
 * the real TrainingMethodLocalServiceImpl (which validates), and the command turns what they throw into what
 * the user sees. The test reaches the bundles only through portal interfaces; their own classes live in
 * their own class loaders.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class EditTrainingMethodActionIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		TrainingPortal trainingPortal = TrainingPortal.in(portalFramework);

		_portalServiceDoubles = trainingPortal.portalServiceDoubles;

		_mvcActionCommand = portalFramework.service(
			MVCActionCommand.class,
			"(&(javax.portlet.name=" + CourseCatalogPortletIT.PORTLET_NAME +
				")(mvc.command.name=/training/edit_training_method))");
	}

	@BeforeEach
	void signIn() throws Exception {

		// The portal service doubles are shared by all test classes; count only this test's calls.

		clearInvocations(
			_portalServiceDoubles.portal,
			_portalServiceDoubles.userLocalService);

		when(
			_permissionChecker.getPermissionChecksMap()
		).thenReturn(
			new HashMap<>()
		);
		when(
			_permissionChecker.getUserId()
		).thenReturn(
			PortletRequestDoubles.USER_ID
		);

		when(
			_user.getCompanyId()
		).thenReturn(
			PortletRequestDoubles.COMPANY_ID
		);
		when(_user.getFullName()).thenReturn("Test Coordinator");
		when(_user.getUserId()).thenReturn(PortletRequestDoubles.USER_ID);

		when(
			_portalServiceDoubles.userLocalService.getUser(
				PortletRequestDoubles.USER_ID)
		).thenReturn(
			_user
		);

		// Methods are the company's: the service adds them to the company group of the group given

		Group companyGroup = mock(Group.class);

		when(
			companyGroup.getCompanyId()
		).thenReturn(
			PortletRequestDoubles.COMPANY_ID
		);
		when(
			companyGroup.getGroupId()
		).thenReturn(
			PortletRequestDoubles.COMPANY_GROUP_ID
		);

		when(
			_portalServiceDoubles.groupLocalService.getGroup(
				PortletRequestDoubles.COMPANY_GROUP_ID)
		).thenReturn(
			companyGroup
		);
		when(
			_portalServiceDoubles.groupLocalService.getCompanyGroup(
				PortletRequestDoubles.COMPANY_ID)
		).thenReturn(
			companyGroup
		);

		// What the portal's servlet filters set for each request of a signed-in user.

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(PortletRequestDoubles.USER_ID);
	}

	@AfterEach
	void signOut() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName((String)null);
	}

	@Test
	void blankNameIsRefusedByTheLocalServiceAndTheFormComesBack()
		throws Exception {

		_grantAddTrainingMethod(true);

		PortletRequestDoubles portletRequestDoubles = _portletRequestDoubles(
			"");

		boolean processed = _mvcActionCommand.processAction(
			portletRequestDoubles.actionRequest,
			portletRequestDoubles.actionResponse);

		Object error = SessionErrors.get(
			portletRequestDoubles.actionRequest,
			"se.livsviktig.training.exception.TrainingMethodNameException");

		assertAll(
			() -> assertFalse(processed),
			() -> assertNotNull(error, "No TrainingMethodNameException"),
			() -> assertEquals(
				TrainingBundles.API, _bundleOf(error).getSymbolicName()),
			() -> assertEquals(
				"A name is required in en_US", ((Exception)error).getMessage()),
			() -> verify(
				_permissionChecker
			).hasPermission(
				(Group)null, "se.livsviktig.training",
				PortletRequestDoubles.COMPANY_GROUP_ID, "ADD_TRAINING_METHOD"
			),
			() -> verify(
				_portalServiceDoubles.portal
			).copyRequestParameters(
				portletRequestDoubles.actionRequest,
				portletRequestDoubles.actionResponse
			),
			() -> verify(
				portletRequestDoubles.renderParameters
			).setValue(
				"mvcRenderCommandName", "/training/edit_training_method"
			));
	}

	@Test
	void refusedPermissionShowsTheErrorPageAndChangesNothing()
		throws Exception {

		_grantAddTrainingMethod(false);

		PortletRequestDoubles portletRequestDoubles = _portletRequestDoubles(
			"Första hjälpen till psykisk hälsa");

		boolean processed = _mvcActionCommand.processAction(
			portletRequestDoubles.actionRequest,
			portletRequestDoubles.actionResponse);

		assertAll(
			() -> assertFalse(processed),
			() -> assertTrue(
				SessionErrors.contains(
					portletRequestDoubles.actionRequest,
					PrincipalException.MustHavePermission.class.getName())),
			() -> verify(
				portletRequestDoubles.renderParameters
			).setValue(
				"mvcPath", "/error.jsp"
			),
			() -> verify(
				_portalServiceDoubles.userLocalService, never()
			).getUser(
				anyLong()
			));
	}

	private static Bundle _bundleOf(Object object) {
		return FrameworkUtil.getBundle(object.getClass());
	}

	private void _grantAddTrainingMethod(boolean granted) {
		when(
			_permissionChecker.hasPermission(
				(Group)null, "se.livsviktig.training",
				PortletRequestDoubles.COMPANY_GROUP_ID, "ADD_TRAINING_METHOD")
		).thenReturn(
			granted
		);
	}

	private PortletRequestDoubles _portletRequestDoubles(String name)
		throws Exception {

		PortletRequestDoubles portletRequestDoubles = new PortletRequestDoubles(
			_portalServiceDoubles.portal, CourseCatalogPortletIT.PORTLET_NAME,
			_permissionChecker, _user);

		Map<Locale, String> nameMap = Map.of(
			PortalServiceDoubles.SITE_DEFAULT_LOCALE, name);

		when(
			_portalServiceDoubles.localization.getLocalizationMap(
				portletRequestDoubles.actionRequest, "name")
		).thenReturn(
			nameMap
		);

		return portletRequestDoubles;
	}

	private static MVCActionCommand _mvcActionCommand;
	private static PortalServiceDoubles _portalServiceDoubles;

	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final User _user = mock(User.class);

}
