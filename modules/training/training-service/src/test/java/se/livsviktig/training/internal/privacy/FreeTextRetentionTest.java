package se.livsviktig.training.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationEventImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionInstructorImpl;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;

/**
 * What people wrote about a participation is gone once the retention time after the session has passed: every
 * free-text column that service.xml gives a registration, its history and an instructor invitation, not only
 * the ones someone remembered.
 *
 * @author Livsviktig
 */
public class FreeTextRetentionTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_freeTextRetention, "_courseSessionPersistence",
			_courseSessionPersistence);
		Fields.set(
			_freeTextRetention, "_registrationEventPersistence",
			_registrationEventPersistence);
		Fields.set(
			_freeTextRetention, "_registrationEvents", _registrationEvents);
		Fields.set(
			_freeTextRetention, "_registrationPersistence",
			_registrationPersistence);
		Fields.set(
			_freeTextRetention, "_sessionInstructorPersistence",
			_sessionInstructorPersistence);
		Fields.set(
			_freeTextRetention, "_trainingCompanySettings",
			_trainingCompanySettings);

		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			trainingCompanyConfiguration.freeTextRetentionDays()
		).thenReturn(
			30
		);
		when(
			_trainingCompanySettings.get(_COMPANY_ID)
		).thenReturn(
			trainingCompanyConfiguration
		);

		when(
			_courseSessionPersistence.findByS_LtED(anyInt(), any(Date.class))
		).thenReturn(
			Collections.emptyList()
		);
	}

	@Test
	public void everyFreeTextColumnIsDeletedOnceTheRetentionTimeHasPassed()
		throws Exception {

		_endedSession(31);

		Registration registration = _withFreeText(
			new RegistrationImpl(), "Registration");
		RegistrationEvent registrationEvent = _withFreeText(
			new RegistrationEventImpl(), "RegistrationEvent");
		SessionInstructor sessionInstructor = _withFreeText(
			new SessionInstructorImpl(), "SessionInstructor");

		_participation(registration, registrationEvent, sessionInstructor);

		assertEquals(2, _freeTextRetention.purge(_NOW));

		assertAll(
			_freeTextIsGone(registration, "Registration"),
			_freeTextIsGone(registrationEvent, "RegistrationEvent"),
			_freeTextIsGone(sessionInstructor, "SessionInstructor"));

		verify(_registrationPersistence).update(registration);
		verify(_registrationEventPersistence).update(registrationEvent);
		verify(_sessionInstructorPersistence).update(sessionInstructor);
		verify(
			_registrationEvents
		).add(
			registration, RegistrationEvents.TYPE_FREE_TEXT_PURGED,
			registration.getStatus(), 0, null, _NOW
		);
	}

	@Test
	public void freeTextIsKeptUntilTheRetentionTimeHasPassed()
		throws Exception {

		_endedSession(29);

		Registration registration = _withFreeText(
			new RegistrationImpl(), "Registration");
		RegistrationEvent registrationEvent = _withFreeText(
			new RegistrationEventImpl(), "RegistrationEvent");
		SessionInstructor sessionInstructor = _withFreeText(
			new SessionInstructorImpl(), "SessionInstructor");

		_participation(registration, registrationEvent, sessionInstructor);

		assertEquals(0, _freeTextRetention.purge(_NOW));

		assertEquals(_TEXT, registration.getCancellationReason());
		assertEquals(_TEXT, registrationEvent.getComment());
		assertEquals(_TEXT, sessionInstructor.getMessage());
		verify(_registrationPersistence, never()).update(any());
	}

	@Test
	public void aReasonKeptOnlyInTheHistoryIsDeletedAndTheDeletionRecorded()
		throws Exception {

		_endedSession(31);

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(_REGISTRATION_ID);

		RegistrationEvent registrationEvent = _withFreeText(
			new RegistrationEventImpl(), "RegistrationEvent");

		_participation(
			registration, registrationEvent, new SessionInstructorImpl());

		assertEquals(1, _freeTextRetention.purge(_NOW));

		assertEquals("", registrationEvent.getComment());
		verify(
			_registrationEvents
		).add(
			eq(registration), eq(RegistrationEvents.TYPE_FREE_TEXT_PURGED),
			anyInt(), anyLong(), eq(null), eq(_NOW)
		);
	}

	@Test
	public void runningAgainChangesAndRecordsNothing() throws Exception {
		_endedSession(31);

		Registration registration = _withFreeText(
			new RegistrationImpl(), "Registration");
		RegistrationEvent registrationEvent = _withFreeText(
			new RegistrationEventImpl(), "RegistrationEvent");
		SessionInstructor sessionInstructor = _withFreeText(
			new SessionInstructorImpl(), "SessionInstructor");

		_participation(registration, registrationEvent, sessionInstructor);

		_freeTextRetention.purge(_NOW);

		assertEquals(0, _freeTextRetention.purge(_NOW));

		verify(_registrationPersistence, times(1)).update(any());
		verify(_registrationEventPersistence, times(1)).update(any());
		verify(_sessionInstructorPersistence, times(1)).update(any());
		verify(
			_registrationEvents, times(1)
		).add(
			any(Registration.class), anyString(), anyInt(), anyLong(), any(),
			any(Date.class)
		);
	}

	@Test
	public void serviceXmlGivesTheFreeTextColumnsThisTestChecks() throws Exception {
		assertEquals(
			List.of(
				"motivation", "dietaryNeeds", "reviewComment",
				"cancellationReason"),
			FreeTextColumns.of("Registration"));
		assertEquals(
			List.of("comment"), FreeTextColumns.of("RegistrationEvent"));
		assertEquals(
			List.of("message"), FreeTextColumns.of("SessionInstructor"));
	}

	private void _endedSession(int daysAgo) {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_COURSE_SESSION_ID);
		courseSession.setCompanyId(_COMPANY_ID);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setEndDate(
			Date.from(_NOW.toInstant().minus(daysAgo, ChronoUnit.DAYS)));

		when(
			_courseSessionPersistence.findByS_LtED(
				CourseSessionConstants.STATUS_PUBLISHED, _NOW)
		).thenReturn(
			List.of(courseSession)
		);
	}

	private Executable _freeTextIsGone(Object model, String entityName)
		throws Exception {

		return () -> {
			for (String column : FreeTextColumns.of(entityName)) {
				Object value = FreeTextColumns.get(model, column);

				assertFalse(
					(value != null) && !value.toString().isEmpty(),
					entityName + "." + column + " still holds " + value);
			}
		};
	}

	private void _participation(
		Registration registration, RegistrationEvent registrationEvent,
		SessionInstructor sessionInstructor) {

		registration.setRegistrationId(_REGISTRATION_ID);
		registration.setCourseSessionId(_COURSE_SESSION_ID);
		registrationEvent.setRegistrationId(_REGISTRATION_ID);
		registrationEvent.setCourseSessionId(_COURSE_SESSION_ID);
		sessionInstructor.setCourseSessionId(_COURSE_SESSION_ID);

		when(
			_registrationPersistence.findByCourseSessionId(_COURSE_SESSION_ID)
		).thenReturn(
			List.of(registration)
		);
		when(
			_registrationEventPersistence.findByCourseSessionId(
				_COURSE_SESSION_ID)
		).thenReturn(
			List.of(registrationEvent)
		);
		when(
			_sessionInstructorPersistence.findByCourseSessionId(
				_COURSE_SESSION_ID)
		).thenReturn(
			List.of(sessionInstructor)
		);
	}

	private <T> T _withFreeText(T model, String entityName) throws Exception {
		for (String column : FreeTextColumns.of(entityName)) {
			FreeTextColumns.set(model, column, _TEXT);
		}

		return model;
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _COURSE_SESSION_ID = 40_001;

	private static final Date _NOW = Date.from(
		Instant.parse("2026-06-01T08:00:00Z"));

	private static final long _REGISTRATION_ID = 50_001;

	private static final String _TEXT = "sjukskriven";

	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final FreeTextRetention _freeTextRetention =
		new FreeTextRetention();
	private final RegistrationEventPersistence _registrationEventPersistence =
		mock(RegistrationEventPersistence.class);
	private final RegistrationEvents _registrationEvents = mock(
		RegistrationEvents.class);
	private final RegistrationPersistence _registrationPersistence = mock(
		RegistrationPersistence.class);
	private final SessionInstructorPersistence _sessionInstructorPersistence =
		mock(SessionInstructorPersistence.class);
	private final TrainingCompanySettings _trainingCompanySettings = mock(
		TrainingCompanySettings.class);

}
