package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The instructor bundles resolve and start beside training's API and service against the portal's packages,
 * and training's staffing check is offered as the SPI training references. Every component wired with the portal's
 * services as doubles, and training's invite refused or let through by the checker: {@link CertifiedStaffingIT}.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class InstructorBundlesResolveIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		List<Path> jars = new ArrayList<>();

		for (String symbolicName : _SYMBOLIC_NAMES) {
			Path jar = Path.of(
				System.getProperty("livsviktig.osgi.bundles"),
				symbolicName + ".jar");

			assertTrue(Files.isRegularFile(jar), "Not built: " + jar);

			jars.add(jar);
		}

		_bundles = portalFramework.installAndStart(jars);
	}

	@Test
	void instructorBundlesResolveAndStartBesideTraining() {
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
	void theQualificationCheckerIsOfferedAsTrainingsSpi() {
		ComponentDescriptionDTO componentDescriptionDTO =
			_portalFramework.components(
			).description(
				"se.livsviktig.instructor.internal.qualification." +
					"CertifiedInstructorQualificationChecker"
			);

		assertEquals(
			List.of("se.livsviktig.training.spi.InstructorQualificationChecker"),
			Arrays.asList(componentDescriptionDTO.serviceInterfaces));

		List<String> referencedInterfaces = new ArrayList<>();

		for (ReferenceDTO referenceDTO : componentDescriptionDTO.references) {
			referencedInterfaces.add(referenceDTO.interfaceName);
		}

		assertEquals(
			List.of("se.livsviktig.instructor.service.CertificationLocalService"),
			referencedInterfaces);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
