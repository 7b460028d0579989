package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * A session anyone registered for keeps every row it owns; one nobody registered for loses them all.
 *
 * @author Livsviktig
 */
public class SessionRemovalTest {

	@Test
	public void aSessionAnyoneRegisteredForIsRefusedAndKeepsItsRows() {
		when(
			_registrationPersistence.countByCourseSessionId(_SESSION_ID)
		).thenReturn(
			1
		);

		assertThrows(
			RequiredCourseSessionException.class,
			() -> _sessionRemoval.removeOwnedRows(_courseSession()));

		verifyNoInteractions(
			_sessionAudiencePersistence, _sessionDatePersistence,
			_sessionInstructorPersistence, _sessionQuotaPersistence);
	}

	@Test
	public void aSessionNobodyRegisteredForLosesItsDatesAudienceQuotasAndInstructors()
		throws Exception {

		when(
			_registrationPersistence.countByCourseSessionId(anyLong())
		).thenReturn(
			0
		);

		_sessionRemoval.removeOwnedRows(_courseSession());

		verify(_sessionDatePersistence).removeByCourseSessionId(_SESSION_ID);
		verify(_sessionAudiencePersistence).removeByCourseSessionId(_SESSION_ID);
		verify(_sessionQuotaPersistence).removeByCourseSessionId(_SESSION_ID);
		verify(_sessionInstructorPersistence).removeByCourseSessionId(
			_SESSION_ID);
	}

	private CourseSession _courseSession() {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_SESSION_ID);

		return courseSession;
	}

	private static final long _SESSION_ID = 4711;

	private final RegistrationPersistence _registrationPersistence = mock(
		RegistrationPersistence.class);
	private final SessionAudiencePersistence _sessionAudiencePersistence =
		mock(SessionAudiencePersistence.class);
	private final SessionDatePersistence _sessionDatePersistence = mock(
		SessionDatePersistence.class);
	private final SessionInstructorPersistence _sessionInstructorPersistence =
		mock(SessionInstructorPersistence.class);
	private final SessionQuotaPersistence _sessionQuotaPersistence = mock(
		SessionQuotaPersistence.class);
	private final SessionRemoval _sessionRemoval = new SessionRemoval(
		_registrationPersistence, _sessionDatePersistence,
		_sessionAudiencePersistence, _sessionQuotaPersistence,
		_sessionInstructorPersistence);

}
