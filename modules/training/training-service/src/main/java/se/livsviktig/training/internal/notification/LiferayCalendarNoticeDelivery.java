package se.livsviktig.training.internal.notification;

import com.liferay.calendar.model.CalendarBooking;
import com.liferay.calendar.model.CalendarResource;
import com.liferay.calendar.service.CalendarBookingLocalService;
import com.liferay.calendar.service.CalendarResourceLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.calendar.RegistrationCalendarWriter;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * When a company turns calendar booking on, keeps each participant's Liferay Calendar in step with their
 * registration: a booking per session date in their own calendar while they hold a confirmed seat, removed
 * when the registration or the session is cancelled. Bookings carry the registration's calendar UID with the
 * date's number, so the same bookings are found again. Does nothing where the person has no calendar yet.
 *
 * <p>
 * The Calendar app is optional: the bundle imports its packages with {@code resolution:=optional}, and both
 * Calendar services are mandatory references here, so Service Component Runtime creates this component, and
 * loads this class and with it the Calendar types, only once the Calendar app publishes them. Where the app is
 * not deployed the component stays unsatisfied and no Calendar class is ever loaded.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = NoticeDelivery.class)
public class LiferayCalendarNoticeDelivery implements NoticeDelivery {

	/**
	 * The bookings' own key, unchanged since the first release so bookings made then are still found; the
	 * e-mailed calendar entries have their own UIDs ({@link RegistrationCalendarWriter#getUid}).
	 */
	public static String getVEventUid(long registrationId, int dateIndex) {
		return "livsviktig-registration-" + registrationId + "@livsviktig.se-" +
			dateIndex;
	}

	@Override
	public void deliver(Notice notice) throws Exception {
		if ((notice.getRegistrationId() == 0) ||
			!_trainingCompanySettings.get(
				notice.getCompanyId()
			).calendarBookingEnabled()) {

			return;
		}

		Registration registration = notice.getRegistration();

		if (registration == null) {
			registration = _registrationLocalService.getRegistration(
				notice.getRegistrationId());
		}

		if (registration.getUserId() != notice.getRecipientUserId()) {
			return;
		}

		CalendarResource calendarResource =
			_calendarResourceLocalService.fetchCalendarResource(
				_classNameLocalService.getClassNameId(User.class),
				registration.getUserId());

		if (calendarResource == null) {
			return;
		}

		long calendarId = calendarResource.getDefaultCalendarId();

		_removeBookings(calendarId, registration.getRegistrationId());

		if (NoticeContentFactory.CALENDAR_REQUEST_TYPES.contains(
				notice.getType()) &&
			(registration.getStatus() ==
				RegistrationConstants.STATUS_CONFIRMED)) {

			_addBookings(calendarId, registration);
		}
	}

	private void _addBookings(long calendarId, Registration registration)
		throws Exception {

		CourseSession courseSession =
			_courseSessionLocalService.getCourseSession(
				registration.getCourseSessionId());

		Course course = _courseLocalService.getCourse(
			courseSession.getCourseId());

		String location = courseSession.getVenueName();

		if ((location == null) || location.isEmpty()) {
			location = courseSession.getOnlineMeetingURL();
		}

		List<SessionDate> sessionDates =
			_courseSessionLocalService.getSessionDates(
				courseSession.getCourseSessionId());

		Map<Locale, String> titleMap = new HashMap<>(course.getTitleMap());

		for (int i = 0; i < sessionDates.size(); i++) {
			SessionDate sessionDate = sessionDates.get(i);

			ServiceContext serviceContext = new ServiceContext();

			serviceContext.setAttribute(
				"vEventUid", getVEventUid(registration.getRegistrationId(), i));
			serviceContext.setCompanyId(registration.getCompanyId());
			serviceContext.setUserId(registration.getUserId());

			_calendarBookingLocalService.addCalendarBooking(
				registration.getUserId(), calendarId, new long[0], 0, 0,
				titleMap, new HashMap<>(), location,
				sessionDate.getStartDate(
				).getTime(),
				sessionDate.getEndDate(
				).getTime(),
				false, null, 0, _REMINDER_TYPE, 0, _REMINDER_TYPE,
				serviceContext);
		}
	}

	private void _removeBookings(long calendarId, long registrationId)
		throws Exception {

		for (int i = 0;; i++) {
			CalendarBooking calendarBooking =
				_calendarBookingLocalService.fetchCalendarBooking(
					calendarId, getVEventUid(registrationId, i));

			if (calendarBooking == null) {
				return;
			}

			_calendarBookingLocalService.deleteCalendarBooking(
				calendarBooking);
		}
	}

	private static final String _REMINDER_TYPE = "email";

	@Reference
	private CalendarBookingLocalService _calendarBookingLocalService;

	@Reference
	private CalendarResourceLocalService _calendarResourceLocalService;

	@Reference
	private ClassNameLocalService _classNameLocalService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
