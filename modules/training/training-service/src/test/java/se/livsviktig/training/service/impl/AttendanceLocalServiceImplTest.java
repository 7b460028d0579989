package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.AttendanceSessionDateException;
import se.livsviktig.training.exception.CheckInClosedException;
import se.livsviktig.training.exception.CheckInCodeException;
import se.livsviktig.training.exception.CheckInNotConfirmedException;
import se.livsviktig.training.exception.CheckInNotRegisteredException;
import se.livsviktig.training.exception.DuplicateCheckInException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.impl.AttendanceImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.model.impl.TrainingMethodImpl;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * Attendance per session date, by check-in code in its window or marked by an instructor once the date has
 * begun, and the outcome it gives when every date is marked.
 *
 * @author Livsviktig
 */
public class AttendanceLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "attendancePersistence", _attendancePersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(
			_service, "registrationPersistence", _registrationPersistence);
		Fields.set(
			_service, "sessionDatePersistence", _sessionDatePersistence);
		Fields.set(
			_service, "trainingMethodPersistence", _trainingMethodPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_noticeDispatcher", mock(NoticeDispatcher.class));
		Fields.set(_service, "_registrationEvents", _registrationEvents);

		_service.setClock(Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

		User user = mock(User.class);

		when(
			user.getFullName()
		).thenReturn(
			"Kim Instruktör"
		);
		when(
			_userLocalService.getUser(anyLong())
		).thenReturn(
			user
		);

		when(
			_counterLocalService.increment()
		).thenAnswer(
			invocation -> _counter.incrementAndGet()
		);

		_storeAttendancesInMemory();

		_trainingMethod.setTrainingMethodId(_METHOD_ID);
		_trainingMethod.setRequiredAttendancePercent(100);

		when(
			_trainingMethodPersistence.findByPrimaryKey(_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		_registration.setRegistrationId(_REGISTRATION_ID);
		_registration.setUserId(_PARTICIPANT_USER_ID);
		_registration.setCourseSessionId(_SESSION_ID);
		_registration.setTrainingMethodId(_METHOD_ID);
		_registration.setStatus(RegistrationConstants.STATUS_CONFIRMED);

		when(
			_registrationPersistence.findByPrimaryKey(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);
		when(
			_registrationPersistence.fetchByCS_AK(
				_SESSION_ID, _PARTICIPANT_USER_ID)
		).thenReturn(
			_registration
		);
	}

	@Test
	public void attendingEveryDateCompletesTheRegistration() throws Exception {
		_sessionDates(-2, -1);

		_service.markAttendance(_INSTRUCTOR_USER_ID, 1, _REGISTRATION_ID, true);
		_service.markAttendance(_INSTRUCTOR_USER_ID, 2, _REGISTRATION_ID, true);

		assertEquals(
			RegistrationConstants.STATUS_COMPLETED, _registration.getStatus());
		assertEquals(
			Date.from(RegistrationFixture.NOW),
			_registration.getCompletionDate());
		verify(
			_registrationEvents
		).add(
			_registration, RegistrationEvents.TYPE_COMPLETED,
			RegistrationConstants.STATUS_CONFIRMED, 0, null,
			Date.from(RegistrationFixture.NOW)
		);
	}

	@Test
	public void attendingLessThanTheMethodRequiresIsNotCompleting()
		throws Exception {

		_trainingMethod.setRequiredAttendancePercent(75);

		_sessionDates(-4, -3, -2, -1);

		_service.markAttendances(
			_INSTRUCTOR_USER_ID, 1, new long[] {_REGISTRATION_ID}, new long[0]);
		_service.markAttendances(
			_INSTRUCTOR_USER_ID, 2, new long[0], new long[] {_REGISTRATION_ID});
		_service.markAttendances(
			_INSTRUCTOR_USER_ID, 3, new long[] {_REGISTRATION_ID}, new long[0]);
		_service.markAttendances(
			_INSTRUCTOR_USER_ID, 4, new long[0], new long[] {_REGISTRATION_ID});

		assertEquals(
			RegistrationConstants.STATUS_NOT_COMPLETED,
			_registration.getStatus());
		assertNull(_registration.getCompletionDate());

		_service.markAttendance(_INSTRUCTOR_USER_ID, 4, _REGISTRATION_ID, true);

		assertEquals(
			RegistrationConstants.STATUS_COMPLETED, _registration.getStatus());
	}

	@Test
	public void attendingNoDateIsANoShow() throws Exception {
		_sessionDates(-2, -1);

		_service.markAttendance(_INSTRUCTOR_USER_ID, 1, _REGISTRATION_ID, false);
		_service.markAttendance(_INSTRUCTOR_USER_ID, 2, _REGISTRATION_ID, false);

		assertEquals(
			RegistrationConstants.STATUS_NO_SHOW, _registration.getStatus());
	}

	@Test
	public void checkingInOutsideTheWindowIsRefused() throws Exception {
		SessionDate later = _sessionDate(1, RegistrationFixture.hoursFromNow(1));

		later.setCheckInCode("LATER2");

		_checkInCode(later);

		assertThrows(
			CheckInClosedException.class,
			() -> _service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "LATER2"));

		SessionDate over = _sessionDate(
			2, RegistrationFixture.hoursFromNow(-8));

		over.setCheckInCode("OVER34");

		_checkInCode(over);

		assertThrows(
			CheckInClosedException.class,
			() -> _service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "OVER34"));

		_verifyNothingWritten();
	}

	@Test
	public void checkingInWithAWrongCodeIsRefused() throws Exception {
		_checkInCode(_sessionDate(1, RegistrationFixture.hoursFromNow(-1)));

		assertThrows(
			CheckInCodeException.class,
			() -> _service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "ABC235"));

		_verifyNothingWritten();
	}

	@Test
	public void checkingInWithinTheWindowMarksTheParticipantPresent()
		throws Exception {

		_sessionDates(0, 1);

		SessionDate sessionDate = _sessionDate(
			1, RegistrationFixture.hoursFromNow(-1));

		_checkInCode(sessionDate);

		Attendance attendance = _service.checkIn(
			_PARTICIPANT_USER_ID, _SESSION_ID, "abc 234");

		assertTrue(attendance.isPresent());
		assertEquals(AttendanceConstants.SOURCE_CHECK_IN, attendance.getSource());
		assertEquals(_REGISTRATION_ID, attendance.getRegistrationId());
		assertEquals(1, attendance.getSessionDateId());
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, _registration.getStatus());
	}

	@Test
	public void checkingInTwiceSaysTheParticipantIsAlreadyPresent()
		throws Exception {

		_sessionDates(0, 1);

		_checkInCode(_sessionDate(1, RegistrationFixture.hoursFromNow(-1)));

		_service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234");

		assertThrows(
			DuplicateCheckInException.class,
			() -> _service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234"));
	}

	@Test
	public void checkingInAfterAnInstructorMarkedAbsentMarksPresent()
		throws Exception {

		_sessionDates(0, 1);

		_checkInCode(_sessionDate(1, RegistrationFixture.hoursFromNow(-1)));

		_service.markAttendance(_INSTRUCTOR_USER_ID, 1, _REGISTRATION_ID, false);

		Attendance attendance = _service.checkIn(
			_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234");

		assertTrue(attendance.isPresent());
		assertEquals(AttendanceConstants.SOURCE_CHECK_IN, attendance.getSource());
	}

	@Test
	public void checkingInWithoutAConfirmedSeatYetIsRefused()
		throws Exception {

		_checkInCode(_sessionDate(1, RegistrationFixture.hoursFromNow(-1)));

		for (int status :
				new int[] {
					RegistrationConstants.STATUS_OFFERED,
					RegistrationConstants.STATUS_PENDING_APPROVAL,
					RegistrationConstants.STATUS_WAITLISTED
				}) {

			_registration.setStatus(status);

			assertThrows(
				CheckInNotConfirmedException.class,
				() -> _service.checkIn(
					_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234"));
		}

		_verifyNothingWritten();
	}

	@Test
	public void checkingInWithoutARegistrationIsRefused() throws Exception {
		_checkInCode(_sessionDate(1, RegistrationFixture.hoursFromNow(-1)));

		for (int status :
				new int[] {
					RegistrationConstants.STATUS_CANCELLED,
					RegistrationConstants.STATUS_DECLINED,
					RegistrationConstants.STATUS_EXPIRED
				}) {

			_registration.setStatus(status);

			assertThrows(
				CheckInNotRegisteredException.class,
				() -> _service.checkIn(
					_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234"));
		}

		when(
			_registrationPersistence.fetchByCS_AK(
				_SESSION_ID, _PARTICIPANT_USER_ID)
		).thenReturn(
			null
		);

		assertThrows(
			CheckInNotRegisteredException.class,
			() -> _service.checkIn(_PARTICIPANT_USER_ID, _SESSION_ID, "ABC234"));

		_verifyNothingWritten();
	}

	@Test
	public void markingADateThatHasNotStartedIsRefused() throws Exception {
		_sessionDates(-1, 1);

		assertThrows(
			AttendanceSessionDateException.class,
			() -> _service.markAttendance(
				_INSTRUCTOR_USER_ID, 2, _REGISTRATION_ID, true));

		_verifyNothingWritten();
	}

	@Test
	public void markingARegistrationOfAnotherSessionIsRefused()
		throws Exception {

		_sessionDates(-1);

		Registration other = new RegistrationImpl();

		other.setRegistrationId(7);
		other.setCourseSessionId(_SESSION_ID + 1);
		other.setStatus(RegistrationConstants.STATUS_CONFIRMED);

		when(
			_registrationPersistence.findByPrimaryKey(7)
		).thenReturn(
			other
		);

		assertThrows(
			AttendanceSessionDateException.class,
			() -> _service.markAttendance(_INSTRUCTOR_USER_ID, 1, 7, true));
		assertThrows(
			AttendanceSessionDateException.class,
			() -> _service.markAttendances(
				_INSTRUCTOR_USER_ID, 1, new long[0], new long[] {7}));

		_verifyNothingWritten();
	}

	@Test
	public void noOutcomeBeforeEveryDateIsMarked() throws Exception {
		_sessionDates(-2, -1);

		_service.markAttendance(_INSTRUCTOR_USER_ID, 1, _REGISTRATION_ID, true);

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, _registration.getStatus());
		verify(
			_registrationPersistence, never()
		).update(
			any(Registration.class)
		);
		verify(
			_registrationEvents, never()
		).add(
			any(), anyString(), anyInt(),
			anyLong(), any(), any()
		);
	}

	private void _checkInCode(SessionDate sessionDate) {
		when(
			_sessionDatePersistence.fetchByCS_CIC(
				_SESSION_ID, sessionDate.getCheckInCode())
		).thenReturn(
			sessionDate
		);
	}

	/**
	 * A date of the session, from start for seven hours, with the check-in window and code the service gives
	 * it.
	 */
	private SessionDate _sessionDate(long sessionDateId, Date startDate)
		throws Exception {

		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setSessionDateId(sessionDateId);
		sessionDate.setCourseSessionId(_SESSION_ID);
		sessionDate.setStartDate(startDate);

		Date endDate = new Date(startDate.getTime() + TimeUnit.HOURS.toMillis(7));

		sessionDate.setEndDate(endDate);
		sessionDate.setCheckInCode("ABC234");
		sessionDate.setCheckInOpenDate(CheckInCodes.getOpenDate(startDate));
		sessionDate.setCheckInCloseDate(CheckInCodes.getCloseDate(endDate));

		when(
			_sessionDatePersistence.findByPrimaryKey(sessionDateId)
		).thenReturn(
			sessionDate
		);

		return sessionDate;
	}

	/**
	 * The session's dates, numbered 1, 2... and starting the given number of days from now.
	 */
	private void _sessionDates(int... days) throws Exception {
		List<SessionDate> sessionDates = new ArrayList<>();

		for (int i = 0; i < days.length; i++) {
			sessionDates.add(
				_sessionDate(i + 1, RegistrationFixture.daysFromNow(days[i])));
		}

		when(
			_sessionDatePersistence.findByCourseSessionId(_SESSION_ID)
		).thenReturn(
			sessionDates
		);
	}

	private void _storeAttendancesInMemory() {
		when(
			_attendancePersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				Attendance attendance = new AttendanceImpl();

				attendance.setAttendanceId(invocation.getArgument(0));

				return attendance;
			}
		);
		when(
			_attendancePersistence.update(any(Attendance.class))
		).thenAnswer(
			invocation -> {
				Attendance attendance = invocation.getArgument(0);

				_attendances.put(
					attendance.getRegistrationId() + "/" +
						attendance.getSessionDateId(),
					attendance);

				return attendance;
			}
		);
		when(
			_attendancePersistence.fetchByR_SD(anyLong(), anyLong())
		).thenAnswer(
			invocation -> _attendances.get(
				invocation.getArgument(0) + "/" + invocation.getArgument(1))
		);
		when(
			_attendancePersistence.findByRegistrationId(anyLong())
		).thenAnswer(
			invocation -> {
				List<Attendance> attendances = new ArrayList<>();

				for (Attendance attendance : _attendances.values()) {
					if (attendance.getRegistrationId() ==
							(long)invocation.getArgument(0)) {

						attendances.add(attendance);
					}
				}

				return attendances;
			}
		);
	}

	private void _verifyNothingWritten() {
		verify(
			_attendancePersistence, never()
		).update(
			any(Attendance.class)
		);
		verify(
			_registrationPersistence, never()
		).update(
			any(Registration.class)
		);
		assertTrue(_attendances.isEmpty());
	}

	private static final long _INSTRUCTOR_USER_ID = 20140;

	private static final long _METHOD_ID = 80001;

	private static final long _PARTICIPANT_USER_ID = 101;

	private static final long _REGISTRATION_ID = 1;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private final AttendancePersistence _attendancePersistence = mock(
		AttendancePersistence.class);
	private final Map<String, Attendance> _attendances = new HashMap<>();
	private final AtomicLong _counter = new AtomicLong(95000);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final Registration _registration = new RegistrationImpl();
	private final RegistrationEvents _registrationEvents = mock(
		RegistrationEvents.class);
	private final RegistrationPersistence _registrationPersistence = mock(
		RegistrationPersistence.class);
	private final AttendanceLocalServiceImpl _service =
		new AttendanceLocalServiceImpl();
	private final SessionDatePersistence _sessionDatePersistence = mock(
		SessionDatePersistence.class);
	private final TrainingMethod _trainingMethod = new TrainingMethodImpl();
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
