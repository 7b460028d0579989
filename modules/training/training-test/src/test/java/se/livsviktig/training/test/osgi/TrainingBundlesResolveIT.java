package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import se.livsviktig.platform.osgi.harness.BundleResolution;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The training bundles resolve together against the portal's packages, each import wired to the version the
 * portal exports.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class TrainingBundlesResolveIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void allTrainingBundlesResolveAndStart() {
		BundleResolution bundleResolution = _portalFramework.resolution();

		bundleResolution.assertResolved(_trainingPortal.bundles);

		assertAll(
			_trainingPortal.bundles.stream()
				.map(
					bundle -> () -> assertEquals(
						Bundle.ACTIVE, bundle.getState(),
						bundle.getSymbolicName())));
	}

	/**
	 * An import without a range resolves against any version; the portal may then hand the bundle a
	 * package it was not compiled against. Every import except the JDK's (java.*, javax.sql...) carries a
	 * range.
	 */
	@Test
	void everyImportCarriesAVersionRange() {
		List<String> unversioned = new ArrayList<>();

		for (Bundle bundle : _trainingPortal.bundles) {
			BundleRevision bundleRevision = bundle.adapt(BundleRevision.class);

			for (BundleRequirement bundleRequirement :
					bundleRevision.getDeclaredRequirements(
						PackageNamespace.PACKAGE_NAMESPACE)) {

				Map<String, String> directives =
					bundleRequirement.getDirectives();

				String filter = directives.get(
					PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);

				Matcher matcher = _PACKAGE_NAME.matcher(filter);

				if (matcher.find() && !_isJdkPackage(matcher.group(1)) &&
					!filter.contains("(version>=")) {

					unversioned.add(bundle.getSymbolicName() + ": " + filter);
				}
			}
		}

		assertTrue(
			unversioned.isEmpty(),
			"Imports without a version range:\n" +
				String.join("\n", unversioned));
	}

	/**
	 * Portal packages come from the system bundle (the portal), training packages from the training API; no
	 * bundle but the API exports.
	 */
	@Test
	void importsAreWiredToThePortalAndToTheTrainingApi() {
		List<String> wrongWires = new ArrayList<>();

		for (Bundle bundle : _trainingPortal.bundles) {
			BundleWiring bundleWiring = bundle.adapt(BundleWiring.class);

			for (BundleWire bundleWire :
					bundleWiring.getRequiredWires(
						PackageNamespace.PACKAGE_NAMESPACE)) {

				BundleCapability bundleCapability = bundleWire.getCapability();

				Map<String, Object> attributes =
					bundleCapability.getAttributes();

				String packageName = (String)attributes.get(
					PackageNamespace.PACKAGE_NAMESPACE);

				BundleRevision providerBundleRevision = bundleWire.getProvider();

				Bundle provider = providerBundleRevision.getBundle();

				String expectedProvider =
					packageName.startsWith("se.livsviktig.training.") ?
						TrainingBundles.API : "org.apache.felix.framework";

				if (!expectedProvider.equals(provider.getSymbolicName())) {
					wrongWires.add(
						bundle.getSymbolicName() + " gets " + packageName +
							" from " + provider.getSymbolicName());
				}
			}
		}

		assertTrue(
			wrongWires.isEmpty(),
			"Unexpected package providers:\n" + String.join("\n", wrongWires));
	}

	private static boolean _isJdkPackage(String packageName) {
		for (Module module : ModuleLayer.boot().modules()) {
			if (module.getPackages().contains(packageName)) {
				return true;
			}
		}

		return false;
	}

	private static final Pattern _PACKAGE_NAME = Pattern.compile(
		"\\(osgi\\.wiring\\.package=([^)]+)\\)");

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
