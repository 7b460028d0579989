package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseInterestLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Takes a session a step in its life ({@link SessionLifecycle} says which are allowed) and does what follows from
 * the step: publishing tells the course's interest list, cancelling cancels every upcoming registration.
 *
 * @author Livsviktig
 */
public final class SessionStatusSteps {

	public SessionStatusSteps(
		CourseSessionPersistence courseSessionPersistence,
		UserLocalService userLocalService,
		RegistrationLocalService registrationLocalService,
		CourseInterestLocalService courseInterestLocalService) {

		_courseSessionPersistence = courseSessionPersistence;
		_userLocalService = userLocalService;
		_registrationLocalService = registrationLocalService;
		_courseInterestLocalService = courseInterestLocalService;
	}

	public CourseSession archive(long userId, long courseSessionId, Date now)
		throws PortalException {

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_ARCHIVED,
			_userLocalService.getUser(userId), null, now);

		return _courseSessionPersistence.update(courseSession);
	}

	public CourseSession cancel(
			long userId, long courseSessionId, String reason, Date now)
		throws PortalException {

		SessionLifecycle.checkCancellationReason(reason);

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		SessionLifecycle.checkCanCancel(courseSession);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_CANCELLED,
			_userLocalService.getUser(userId), reason, now);

		_courseSessionPersistence.update(courseSession);

		_registrationLocalService.cancelCourseSessionRegistrations(
			courseSessionId, userId, reason);

		// The registrations' cancellation changed the session's seat counters: return the session as it is now

		return _courseSessionPersistence.fetchByPrimaryKey(courseSessionId);
	}

	public CourseSession publish(long userId, long courseSessionId, Date now)
		throws PortalException {

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		SessionLifecycle.checkCanPublish(courseSession);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_PUBLISHED,
			_userLocalService.getUser(userId), null, now);

		courseSession = _courseSessionPersistence.update(courseSession);

		_courseInterestLocalService.notifyInterested(courseSession);

		return courseSession;
	}

	private final CourseInterestLocalService _courseInterestLocalService;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final RegistrationLocalService _registrationLocalService;
	private final UserLocalService _userLocalService;

}
