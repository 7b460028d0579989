package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import java.util.HashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The training app's permission services and its upgrade registrator are published where the portal looks
 * for them, by the properties it looks for them with.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class TrainingPermissionsIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void trainingMethodModelResourcePermissionIsPublishedForItsModel() {
		ModelResourcePermission<?> modelResourcePermission =
			_portalFramework.service(
				ModelResourcePermission.class,
				"(model.class.name=se.livsviktig.training.model." +
					"TrainingMethod)");

		PortletResourcePermission portletResourcePermission =
			modelResourcePermission.getPortletResourcePermission();

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training.model.TrainingMethod",
				modelResourcePermission.getModelName()),
			() -> assertEquals(
				"se.livsviktig.training",
				portletResourcePermission.getResourceName()));
	}

	@Test
	void portletResourcePermissionAsksForTheTrainingResource() {
		PortletResourcePermission portletResourcePermission =
			_portalFramework.service(
				PortletResourcePermission.class,
				"(resource.name=se.livsviktig.training)");

		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(permissionChecker.getPermissionChecksMap())
			.thenReturn(new HashMap<>());
		when(
			permissionChecker.hasPermission(
				(Group)null, "se.livsviktig.training", _GROUP_ID,
				"ADD_TRAINING_METHOD"))
			.thenReturn(true);

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training",
				portletResourcePermission.getResourceName()),
			() -> assertTrue(
				portletResourcePermission.contains(
					permissionChecker, _GROUP_ID, "ADD_TRAINING_METHOD")),
			() -> assertFalse(
				portletResourcePermission.contains(
					permissionChecker, _GROUP_ID, "MANAGE_SESSIONS")));
	}

	@Test
	void upgradeStepRegistratorIsPublishedByTheServiceBundle() {
		Bundle serviceBundle = _trainingPortal.bundle(TrainingBundles.SERVICE);

		UpgradeStepRegistrator upgradeStepRegistrator =
			_portalFramework.service(
				UpgradeStepRegistrator.class,
				"(service.bundleid=" + serviceBundle.getBundleId() + ")");

		UpgradeStepRegistrator.Registry registry = mock(
			UpgradeStepRegistrator.Registry.class);

		upgradeStepRegistrator.register(registry);

		verify(registry).registerInitialization();
	}

	private static final long _GROUP_ID = 20121;

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
