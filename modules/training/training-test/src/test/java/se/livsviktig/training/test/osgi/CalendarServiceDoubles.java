package se.livsviktig.training.test.osgi;

import static org.mockito.Mockito.mock;

import com.liferay.calendar.service.CalendarBookingLocalService;
import com.liferay.calendar.service.CalendarResourceLocalService;

import org.osgi.framework.ServiceRegistration;

import se.livsviktig.platform.osgi.harness.ServiceDoubles;

/**
 * The Liferay Calendar app's services that training's calendar delivery references, for a portal that has
 * the Calendar app. Registered only where this run's framework exports the Calendar packages: on a portal
 * without the app neither the packages nor the services exist.
 *
 * @author Livsviktig
 */
final class CalendarServiceDoubles {

	static final String CALENDAR_SERVICE_PACKAGE =
		"com.liferay.calendar.service";

	void register(ServiceDoubles serviceDoubles) {
		_calendarBookingLocalServiceRegistration = serviceDoubles.register(
			CalendarBookingLocalService.class,
			mock(CalendarBookingLocalService.class));
		_calendarResourceLocalServiceRegistration = serviceDoubles.register(
			CalendarResourceLocalService.class,
			mock(CalendarResourceLocalService.class));
	}

	/**
	 * Takes the Calendar services away, as if the Calendar app were stopped, until the returned handle is
	 * closed.
	 */
	AutoCloseable withdraw(ServiceDoubles serviceDoubles) {
		_calendarBookingLocalServiceRegistration.unregister();
		_calendarResourceLocalServiceRegistration.unregister();

		return () -> register(serviceDoubles);
	}

	private ServiceRegistration<CalendarBookingLocalService>
		_calendarBookingLocalServiceRegistration;
	private ServiceRegistration<CalendarResourceLocalService>
		_calendarResourceLocalServiceRegistration;

}
