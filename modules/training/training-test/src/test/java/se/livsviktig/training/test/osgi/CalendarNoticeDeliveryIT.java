package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * On a portal with the Calendar app, training books session dates in participants' calendars: the calendar
 * delivery activates. It waits for both Calendar services, which is what keeps its class, and the Calendar
 * types it uses, unloaded where the app is absent ({@code WithoutCalendarAppIT} runs that portal).
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CalendarNoticeDeliveryIT {

	static final String CALENDAR_DELIVERY =
		"se.livsviktig.training.internal.notification." +
			"LiferayCalendarNoticeDelivery";

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void withTheCalendarAppTheCalendarDeliveryActivates() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> notActive = componentStates.notActiveWhenUsed(
			_trainingPortal.bundles,
			componentDescriptionDTO -> CALENDAR_DELIVERY.equals(
				componentDescriptionDTO.name));

		assertAll(
			() -> assertTrue(
				_portalFramework.exportsPackage(
					CalendarServiceDoubles.CALENDAR_SERVICE_PACKAGE),
				"this run's portal has the Calendar app"),
			() -> assertTrue(notActive.isEmpty(), notActive::toString));
	}

	@Test
	void withoutTheCalendarServicesTheCalendarDeliveryWaitsForThem()
		throws Exception {

		ComponentStates componentStates = _portalFramework.components();

		List<String> unsatisfiedReferences;
		int state;

		try (AutoCloseable withdrawn =
				_trainingPortal.calendarServiceDoubles.withdraw(
					_portalFramework.doubles())) {

			ComponentDescriptionDTO componentDescriptionDTO =
				componentStates.description(CALENDAR_DELIVERY);

			ComponentConfigurationDTO componentConfigurationDTO =
				componentStates.configurations(
					componentDescriptionDTO
				).get(
					0
				);

			state = componentConfigurationDTO.state;

			unsatisfiedReferences = Arrays.stream(
				componentConfigurationDTO.unsatisfiedReferences
			).map(
				unsatisfiedReferenceDTO -> _interfaceName(
					componentDescriptionDTO, unsatisfiedReferenceDTO)
			).sorted(
			).collect(
				Collectors.toList()
			);
		}

		assertAll(
			() -> assertEquals(
				ComponentStates.stateName(
					ComponentConfigurationDTO.UNSATISFIED_REFERENCE),
				ComponentStates.stateName(state)),
			() -> assertEquals(
				List.of(
					"com.liferay.calendar.service.CalendarBookingLocalService",
					"com.liferay.calendar.service." +
						"CalendarResourceLocalService"),
				unsatisfiedReferences));

		componentStates.assertActiveOrSatisfied(CALENDAR_DELIVERY);
	}

	private static String _interfaceName(
		ComponentDescriptionDTO componentDescriptionDTO,
		UnsatisfiedReferenceDTO unsatisfiedReferenceDTO) {

		return Arrays.stream(
			componentDescriptionDTO.references
		).filter(
			referenceDTO -> referenceDTO.name.equals(
				unsatisfiedReferenceDTO.name)
		).map(
			referenceDTO -> referenceDTO.interfaceName
		).findFirst(
		).orElseThrow();
	}

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
