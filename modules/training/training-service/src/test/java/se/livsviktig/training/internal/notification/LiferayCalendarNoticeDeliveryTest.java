package se.livsviktig.training.internal.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.calendar.model.CalendarBooking;
import com.liferay.calendar.model.CalendarResource;
import com.liferay.calendar.service.CalendarBookingLocalService;
import com.liferay.calendar.service.CalendarResourceLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * @author Livsviktig
 */
public class LiferayCalendarNoticeDeliveryTest {

	@BeforeEach
	public void setUp() throws Exception {
		_registration.setRegistrationId(50001);
		_registration.setCompanyId(20097);
		_registration.setUserId(101);
		_registration.setCourseSessionId(60001);
		_registration.setStatus(RegistrationConstants.STATUS_CONFIRMED);

		when(
			_registrationLocalService.getRegistration(50001)
		).thenReturn(
			_registration
		);
		when(
			_trainingCompanySettings.get(20097)
		).thenReturn(
			_trainingCompanyConfiguration
		);
		when(
			_trainingCompanyConfiguration.calendarBookingEnabled()
		).thenReturn(
			true
		);
		when(
			_classNameLocalService.getClassNameId(User.class)
		).thenReturn(
			7L
		);

		CalendarResource calendarResource = mock(CalendarResource.class);

		when(
			calendarResource.getDefaultCalendarId()
		).thenReturn(
			_CALENDAR_ID
		);
		when(
			_calendarResourceLocalService.fetchCalendarResource(7L, 101L)
		).thenReturn(
			calendarResource
		);

		CourseSessionImpl courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(60001);
		courseSession.setCourseId(70001);
		courseSession.setVenueName("Stadshuset, sal A");

		when(
			_courseSessionLocalService.getCourseSession(60001)
		).thenReturn(
			courseSession
		);
		when(
			_courseSessionLocalService.getSessionDates(60001)
		).thenReturn(
			Arrays.asList(_date(1), _date(2))
		);

		Course course = mock(Course.class);

		when(
			course.getTitleMap()
		).thenReturn(
			Collections.emptyMap()
		);
		when(
			_courseLocalService.getCourse(70001)
		).thenReturn(
			course
		);

		Fields.set(
			_delivery, "_calendarBookingLocalService",
			_calendarBookingLocalService);
		Fields.set(
			_delivery, "_calendarResourceLocalService",
			_calendarResourceLocalService);
		Fields.set(_delivery, "_classNameLocalService", _classNameLocalService);
		Fields.set(_delivery, "_courseLocalService", _courseLocalService);
		Fields.set(
			_delivery, "_courseSessionLocalService", _courseSessionLocalService);
		Fields.set(
			_delivery, "_registrationLocalService", _registrationLocalService);
		Fields.set(
			_delivery, "_trainingCompanySettings", _trainingCompanySettings);
	}

	@Test
	public void aCancellationRemovesTheBookingsItMade() throws Exception {
		CalendarBooking first = mock(CalendarBooking.class);
		CalendarBooking second = mock(CalendarBooking.class);

		when(
			_calendarBookingLocalService.fetchCalendarBooking(
				_CALENDAR_ID,
				LiferayCalendarNoticeDelivery.getVEventUid(50001, 0))
		).thenReturn(
			first
		);
		when(
			_calendarBookingLocalService.fetchCalendarBooking(
				_CALENDAR_ID,
				LiferayCalendarNoticeDelivery.getVEventUid(50001, 1))
		).thenReturn(
			second
		);

		_registration.setStatus(RegistrationConstants.STATUS_CANCELLED);

		_delivery.deliver(
			Notice.forRegistration(
				TrainingNoticeTypes.REGISTRATION_CANCELLED, _registration));

		verify(_calendarBookingLocalService).deleteCalendarBooking(first);
		verify(_calendarBookingLocalService).deleteCalendarBooking(second);
		_verifyNothingAdded();
	}

	@Test
	public void aConfirmedSeatBooksEveryDateWithTheRegistrationsUid()
		throws Exception {

		_delivery.deliver(
			Notice.forRegistration(
				TrainingNoticeTypes.CONFIRMATION, _registration));

		verify(
			_calendarBookingLocalService, times(2)
		).addCalendarBooking(
			eq(101L), eq(_CALENDAR_ID), any(long[].class), eq(0L), eq(0L),
			any(), any(), eq("Stadshuset, sal A"), anyLong(), anyLong(),
			eq(false), any(), anyLong(), anyString(), anyLong(), anyString(),
			argThat(
				(ServiceContext serviceContext) -> String.valueOf(
					serviceContext.getAttribute("vEventUid")
				).startsWith(
					"livsviktig-registration-50001@livsviktig.se-"
				))
		);
	}

	@Test
	public void nothingIsBookedUnlessTheCompanyTurnedItOn() throws Exception {
		when(
			_trainingCompanyConfiguration.calendarBookingEnabled()
		).thenReturn(
			false
		);

		_delivery.deliver(
			Notice.forRegistration(
				TrainingNoticeTypes.CONFIRMATION, _registration));

		_verifyNothingAdded();
	}

	private SessionDate _date(int day) {
		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setStartDate(new Date(day * 86_400_000L));
		sessionDate.setEndDate(new Date(day * 86_400_000L + 3_600_000L));

		return sessionDate;
	}

	private void _verifyNothingAdded() throws Exception {
		verify(
			_calendarBookingLocalService, never()
		).addCalendarBooking(
			anyLong(), anyLong(), any(long[].class), anyLong(), anyLong(),
			any(), any(), anyString(), anyLong(), anyLong(), anyBoolean(), any(),
			anyLong(), anyString(), anyLong(), anyString(),
			any(ServiceContext.class)
		);
	}

	private static final long _CALENDAR_ID = 777;

	private final CalendarBookingLocalService _calendarBookingLocalService =
		mock(CalendarBookingLocalService.class);
	private final CalendarResourceLocalService _calendarResourceLocalService =
		mock(CalendarResourceLocalService.class);
	private final ClassNameLocalService _classNameLocalService = mock(
		ClassNameLocalService.class);
	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final LiferayCalendarNoticeDelivery _delivery =
		new LiferayCalendarNoticeDelivery();
	private final Registration _registration = new RegistrationImpl();
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);
	private final TrainingCompanyConfiguration _trainingCompanyConfiguration =
		mock(TrainingCompanyConfiguration.class);
	private final TrainingCompanySettings _trainingCompanySettings = mock(
		TrainingCompanySettings.class);

}
