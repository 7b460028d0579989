package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.Bundle;

import se.livsviktig.platform.osgi.harness.BundleResolution;
import se.livsviktig.platform.osgi.harness.ManifestOnlyBundle;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The tier enforces import ranges against the versions GA112 exports: GA112's kernel service package is
 * 30.x, so a bundle built for a portal with 31.x is refused, as the portal would refuse it.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class UnresolvableImportIT {

	@Test
	void importOfAKernelServiceVersionThePortalDoesNotExportFailsToResolve(
			PortalFramework portalFramework, @TempDir Path directory)
		throws Exception {

		Bundle bundle = portalFramework.install(
			_kernelServiceImporter("31", "[31,32)", directory));

		try {
			BundleResolution bundleResolution = portalFramework.resolution();

			Map<Bundle, String> failures = bundleResolution.resolve(
				List.of(bundle));

			String reason = failures.get(bundle);

			assertAll(
				() -> assertEquals(Bundle.INSTALLED, bundle.getState()),
				() -> assertTrue(
					(reason != null) &&
					reason.contains(
						"osgi.wiring.package=com.liferay.portal.kernel.service") &&
					reason.contains("version>=31.0.0"),
					String.valueOf(reason)));
		}
		finally {
			bundle.uninstall();
		}
	}

	@Test
	void importOfTheKernelServiceVersionThePortalExportsResolves(
			PortalFramework portalFramework, @TempDir Path directory)
		throws Exception {

		Bundle bundle = portalFramework.install(
			_kernelServiceImporter("30", "[30,31)", directory));

		try {
			BundleResolution bundleResolution = portalFramework.resolution();

			Map<Bundle, String> failures = bundleResolution.resolve(
				List.of(bundle));

			assertAll(
				() -> assertTrue(failures.isEmpty(), failures::toString),
				() -> assertEquals(Bundle.RESOLVED, bundle.getState()));
		}
		finally {
			bundle.uninstall();
		}
	}

	private static Path _kernelServiceImporter(
			String name, String versionRange, Path directory)
		throws IOException {

		ManifestOnlyBundle manifestOnlyBundle = ManifestOnlyBundle.named(
			"se.livsviktig.test.kernel.service.v" + name);

		manifestOnlyBundle.header(
			"Import-Package",
			"com.liferay.portal.kernel.service;version=\"" + versionRange +
				"\"");

		return manifestOnlyBundle.writeTo(directory);
	}

}
