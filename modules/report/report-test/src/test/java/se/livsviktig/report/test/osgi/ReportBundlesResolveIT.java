package se.livsviktig.report.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The report bundles resolve and start beside training's API and service against the portal's packages, and the
 * permission the portal looks up is published. Every component wired with the portal's services as doubles:
 * {@link ReportComponentsIT}.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReportBundlesResolveIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	/**
	 * The portal's permission checks find the app's root resource through this registration; without it, every
	 * check of VIEW_REPORTS, FREEZE_REPORTS or UNFREEZE_REPORTS fails for everyone but administrators.
	 */
	@Test
	void thePermissionIsOfferedUnderItsResourceName() {
		assertEquals(
			List.of(
				"com.liferay.portal.kernel.security.permission.resource." +
					"PortletResourcePermission"),
			Arrays.asList(
				_portalFramework.components(
				).description(
					"se.livsviktig.report.internal.security.permission." +
						"resource.ReportPortletResourcePermissionWrapper"
				).serviceInterfaces));
	}

	@Test
	void reportBundlesResolveAndStartBesideTraining() {
		_portalFramework.resolution(
		).assertResolved(
			_bundles
		);

		assertAll(
			_bundles.stream(
			).map(
				bundle -> () -> assertEquals(
					Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName())
			));
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.report.api", "se.livsviktig.report.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
