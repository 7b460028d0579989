package se.livsviktig.training.internal.session;

import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Removes the rows a session owns (dates, audience, quotas, instructors), but only of a session nobody registered
 * for: a registration is someone's history and the year's figures, so such a session is cancelled or archived
 * instead.
 *
 * @author Livsviktig
 */
public final class SessionRemoval {

	public SessionRemoval(
		RegistrationPersistence registrationPersistence,
		SessionDatePersistence sessionDatePersistence,
		SessionAudiencePersistence sessionAudiencePersistence,
		SessionQuotaPersistence sessionQuotaPersistence,
		SessionInstructorPersistence sessionInstructorPersistence) {

		_registrationPersistence = registrationPersistence;
		_sessionDatePersistence = sessionDatePersistence;
		_sessionAudiencePersistence = sessionAudiencePersistence;
		_sessionQuotaPersistence = sessionQuotaPersistence;
		_sessionInstructorPersistence = sessionInstructorPersistence;
	}

	public void removeOwnedRows(CourseSession courseSession)
		throws RequiredCourseSessionException {

		long courseSessionId = courseSession.getCourseSessionId();

		int registrationCount = _registrationPersistence.countByCourseSessionId(
			courseSessionId);

		if (registrationCount > 0) {
			throw new RequiredCourseSessionException(
				"Session " + courseSessionId + " has " + registrationCount +
					" registrations");
		}

		_sessionDatePersistence.removeByCourseSessionId(courseSessionId);
		_sessionAudiencePersistence.removeByCourseSessionId(courseSessionId);
		_sessionQuotaPersistence.removeByCourseSessionId(courseSessionId);
		_sessionInstructorPersistence.removeByCourseSessionId(courseSessionId);
	}

	private final RegistrationPersistence _registrationPersistence;
	private final SessionAudiencePersistence _sessionAudiencePersistence;
	private final SessionDatePersistence _sessionDatePersistence;
	private final SessionInstructorPersistence _sessionInstructorPersistence;
	private final SessionQuotaPersistence _sessionQuotaPersistence;

}
