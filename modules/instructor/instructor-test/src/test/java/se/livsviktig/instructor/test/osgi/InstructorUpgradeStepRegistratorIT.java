package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.upgrade.UpgradeStep;
import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.mockito.ArgumentCaptor;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The portal finds the instructor service's upgrade steps only through an ACTIVE UpgradeStepRegistrator published
 * by that bundle: in a real OSGi framework the component activates, and what it registers is the initialization and
 * the 1.0.0 to 1.1.0 step (the step class is the bundle's own, so a registrator left out of the bundle or the
 * Service-Component header fails here, not only at the unit tier).
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class InstructorUpgradeStepRegistratorIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		InstructorPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void theServiceBundleRegistersTheMeetingNoticeTableStep() {
		List<String> registrators = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				_portalFramework.components(
				).descriptions(
					_bundles
				)) {

			if (_isRegistrator(componentDescriptionDTO)) {
				registrators.add(componentDescriptionDTO.name);
			}
		}

		assertEquals(List.of(_REGISTRATOR), registrators);

		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles, InstructorUpgradeStepRegistratorIT::_isRegistrator
		);

		assertTrue(notActive.isEmpty(), "Did not activate: " + notActive);

		Bundle serviceBundle = _bundles.get(_SYMBOLIC_NAMES.size() - 1);

		UpgradeStepRegistrator upgradeStepRegistrator =
			_portalFramework.service(
				UpgradeStepRegistrator.class,
				"(service.bundleid=" + serviceBundle.getBundleId() + ")");

		UpgradeStepRegistrator.Registry registry = mock(
			UpgradeStepRegistrator.Registry.class);

		upgradeStepRegistrator.register(registry);

		ArgumentCaptor<UpgradeStep> upgradeStepCaptor = ArgumentCaptor.forClass(
			UpgradeStep.class);

		verify(registry).registerInitialization();
		verify(registry).register(
			eq("1.0.0"), eq("1.1.0"), upgradeStepCaptor.capture(),
			upgradeStepCaptor.capture());
		verify(registry).register(
			eq("1.1.0"), eq("1.2.0"), upgradeStepCaptor.capture());

		assertEquals(
			List.of(
				"se.livsviktig.instructor.internal.upgrade.v1_1_0." +
					"MeetingNoticeTableUpgradeProcess",
				"se.livsviktig.instructor.internal.upgrade.v1_1_0." +
					"TextColumnsUpgradeProcess",
				"se.livsviktig.instructor.internal.upgrade.v1_2_0." +
					"CertificationStatisticsUpgradeProcess"),
			upgradeStepCaptor.getAllValues(
			).stream(
			).map(
				upgradeStep -> upgradeStep.getClass(
				).getName()
			).collect(
				Collectors.toList()
			));
	}

	private static boolean _isRegistrator(
		ComponentDescriptionDTO componentDescriptionDTO) {

		// Training's registrator is in the framework too; it has a test of its own.

		return componentDescriptionDTO.name.startsWith(
			"se.livsviktig.instructor.") &&
			componentDescriptionDTO.name.endsWith("UpgradeStepRegistrator");
	}

	private static final String _REGISTRATOR =
		"se.livsviktig.instructor.internal.upgrade.registry." +
			"InstructorServiceUpgradeStepRegistrator";

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
