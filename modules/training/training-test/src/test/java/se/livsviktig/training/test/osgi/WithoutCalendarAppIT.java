package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * An intranet without the Liferay Calendar app: the system bundle exports none of its packages (this class
 * runs in a failsafe execution of its own that leaves them out). Every training bundle still resolves and
 * starts, and every component but the calendar delivery is wired and activates as on a portal with the app;
 * the calendar delivery waits for the Calendar services without its class ever being loaded.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class WithoutCalendarAppIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		assertFalse(
			portalFramework.exportsPackage(
				CalendarServiceDoubles.CALENDAR_SERVICE_PACKAGE),
			"Run in the failsafe execution that leaves the Calendar app out");

		_portalFramework = portalFramework;

		// Installs the bundles, fails with the unsatisfied requirement of any that does not resolve, starts them

		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void everyTrainingBundleResolvesAndStarts() {
		assertAll(
			_trainingPortal.bundles.stream()
				.map(
					bundle -> () -> assertEquals(
						Bundle.ACTIVE, bundle.getState(),
						bundle.getSymbolicName())));
	}

	@Test
	void theServiceBundlesCalendarImportsStayUnwired() {
		Bundle serviceBundle = _trainingPortal.bundle(TrainingBundles.SERVICE);

		BundleWiring bundleWiring = serviceBundle.adapt(BundleWiring.class);

		List<String> calendarPackages = new ArrayList<>();

		for (BundleWire bundleWire :
				bundleWiring.getRequiredWires(
					PackageNamespace.PACKAGE_NAMESPACE)) {

			Map<String, Object> attributes =
				bundleWire.getCapability(
				).getAttributes();

			String packageName = (String)attributes.get(
				PackageNamespace.PACKAGE_NAMESPACE);

			if (packageName.startsWith("com.liferay.calendar.")) {
				calendarPackages.add(packageName);
			}
		}

		assertTrue(calendarPackages.isEmpty(), calendarPackages::toString);
	}

	@Test
	void everyComponentButTheCalendarDeliveryIsActiveOrSatisfied() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> problems = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(_trainingPortal.bundles)) {

			if (_isCalendarDelivery(componentDescriptionDTO)) {
				continue;
			}

			String problem = componentStates.problem(componentDescriptionDTO);

			if (problem != null) {
				problems.add(problem);
			}
		}

		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void everyComponentButTheCalendarDeliveryActivatesWhenUsed() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> notActive = componentStates.notActiveWhenUsed(
			_trainingPortal.bundles,
			componentDescriptionDTO -> !_isCalendarDelivery(
				componentDescriptionDTO));

		assertTrue(notActive.isEmpty(), String.join("\n", notActive));
	}

	/**
	 * Unsatisfied, not failed: Service Component Runtime never tried to create it, so it never loaded the
	 * class that refers to the Calendar types this portal does not have.
	 */
	@Test
	void theCalendarDeliveryWaitsForTheCalendarServices() {
		ComponentStates componentStates = _portalFramework.components();

		ComponentDescriptionDTO componentDescriptionDTO =
			componentStates.description(
				CalendarNoticeDeliveryIT.CALENDAR_DELIVERY);

		List<ComponentConfigurationDTO> componentConfigurationDTOs =
			componentStates.configurations(componentDescriptionDTO);

		assertEquals(
			List.of(
				ComponentStates.stateName(
					ComponentConfigurationDTO.UNSATISFIED_REFERENCE)),
			componentConfigurationDTOs.stream(
			).map(
				componentConfigurationDTO -> ComponentStates.stateName(
					componentConfigurationDTO.state)
			).collect(
				Collectors.toList()
			));
	}

	@Test
	void noticesGoToTheBellAndByEmail() throws Exception {
		Bundle serviceBundle = _trainingPortal.bundle(TrainingBundles.SERVICE);
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				"se.livsviktig.training.internal.notification.NoticeDelivery",
				"(service.bundleid=" + serviceBundle.getBundleId() + ")");

		Set<String> deliveries = new TreeSet<>();

		for (ServiceReference<?> serviceReference : serviceReferences) {
			String componentName = (String)serviceReference.getProperty(
				"component.name");

			deliveries.add(
				componentName.substring(componentName.lastIndexOf('.') + 1));
		}

		assertEquals(
			Set.of("BellNoticeDelivery", "EmailNoticeDelivery"), deliveries);
	}

	private static boolean _isCalendarDelivery(
		ComponentDescriptionDTO componentDescriptionDTO) {

		return CalendarNoticeDeliveryIT.CALENDAR_DELIVERY.equals(
			componentDescriptionDTO.name);
	}

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
