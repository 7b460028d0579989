package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
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

	/**
	 * The portal's personal data app finds an app's data through these three services, one of each per model
	 * class: without one, a person's certifications are missing from the export, the erasure or the screen
	 * that lists what remains.
	 */
	@Test
	void certificationsAreOfferedToThePortalsPersonalDataApp() {
		String packagePrefix = "se.livsviktig.instructor.uad.";

		assertAll(
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.anonymizer.UADAnonymizer"),
				_serviceInterfaces(
					packagePrefix + "anonymizer.CertificationUADAnonymizer")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.display.UADDisplay"),
				_serviceInterfaces(
					packagePrefix + "display.CertificationUADDisplay")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.exporter.UADExporter"),
				_serviceInterfaces(
					packagePrefix + "exporter.CertificationUADExporter")));
	}

	private static List<String> _serviceInterfaces(String componentName) {
		return Arrays.asList(
			_portalFramework.components(
			).description(
				componentName
			).serviceInterfaces);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service",
		"se.livsviktig.instructor.uad");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
