package se.livsviktig.careprogram.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The care programme bundles resolve and start beside training's API and service (the app reads training's
 * methods) against the portal's packages, and every one of their components becomes ACTIVE when used, with the
 * portal services it references as doubles ({@link CareProgramPortalServiceDoubles}: Web Content and the asset
 * services too). The permissions are published where the remote services and the web bundle look them up.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CareProgramBundlesResolveIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		CareProgramPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void careProgramBundlesResolveAndStartBesideTraining() {
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

	@Test
	void everyCareProgramComponentActivatesWhenItsServiceIsUsed() {
		List<String> components = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				_portalFramework.components(
				).descriptions(
					_bundles
				)) {

			if (_isCareProgramComponent(componentDescriptionDTO)) {
				components.add(componentDescriptionDTO.name);
			}
		}

		for (String expected : _EXPECTED_COMPONENTS) {
			assertTrue(
				components.contains(expected), expected + " in " + components);
		}

		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles, CareProgramBundlesResolveIT::_isCareProgramComponent
		);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	@Test
	void programmesAndRoutinesHaveTheirModelPermissionsByClassName()
		throws Exception {

		TreeSet<String> modelClassNames = new TreeSet<>();

		for (ServiceReference<?> serviceReference :
				_portalFramework.bundleContext(
				).getServiceReferences(
					"com.liferay.portal.kernel.security.permission.resource." +
						"ModelResourcePermission",
					"(model.class.name=se.livsviktig.careprogram.model.*)"
				)) {

			modelClassNames.add(
				(String)serviceReference.getProperty("model.class.name"));
		}

		assertEquals(
			new TreeSet<>(
				List.of(
					"se.livsviktig.careprogram.model.CareProgram",
					"se.livsviktig.careprogram.model.LocalRoutine")),
			modelClassNames);

		assertEquals(
			1,
			_portalFramework.bundleContext(
			).getServiceReferences(
				"com.liferay.portal.kernel.security.permission.resource." +
					"PortletResourcePermission",
				"(resource.name=se.livsviktig.careprogram)"
			).length);
	}

	private static boolean _isCareProgramComponent(
		ComponentDescriptionDTO componentDescriptionDTO) {

		return componentDescriptionDTO.name.startsWith(
			"se.livsviktig.careprogram.");
	}

	private static final List<String> _EXPECTED_COMPONENTS = List.of(
		"se.livsviktig.careprogram.internal.configuration." +
			"CareProgramConfigurationCategory",
		"se.livsviktig.careprogram.internal.security.permission.resource." +
			"CareProgramModelResourcePermissionWrapper",
		"se.livsviktig.careprogram.internal.security.permission.resource." +
			"CareProgramPortletResourcePermissionWrapper",
		"se.livsviktig.careprogram.internal.security.permission.resource." +
			"LocalRoutineModelResourcePermissionWrapper",
		"se.livsviktig.careprogram.service.impl.CareProgramLocalServiceImpl",
		"se.livsviktig.careprogram.service.impl.CareProgramServiceImpl",
		"se.livsviktig.careprogram.service.impl.ContentReviewLocalServiceImpl",
		"se.livsviktig.careprogram.service.impl.ContentReviewServiceImpl",
		"se.livsviktig.careprogram.service.impl.LocalRoutineLocalServiceImpl",
		"se.livsviktig.careprogram.service.impl.LocalRoutineServiceImpl",
		"se.livsviktig.careprogram.service.impl.ReviewNoticeLocalServiceImpl",
		"se.livsviktig.careprogram.uad.anonymizer.ContentReviewUADAnonymizer",
		"se.livsviktig.careprogram.uad.display.ContentReviewUADDisplay",
		"se.livsviktig.careprogram.uad.exporter.ContentReviewUADExporter");

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.careprogram.api", "se.livsviktig.careprogram.service",
		"se.livsviktig.careprogram.uad");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
