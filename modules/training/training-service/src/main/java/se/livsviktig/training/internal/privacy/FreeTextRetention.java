package se.livsviktig.training.internal.privacy;

import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;

/**
 * Deletes what people wrote about a participation once the company's retention time after the session has
 * passed: a registration's motivation, dietary needs, the manager's comment and the cancellation reason, the
 * comment of every event in its history (copied reasons, subjects of messages) and the coordinator's message
 * to each instructor. In a mental-health programme any of them may be health data ("sjukskriven"), so none is
 * kept longer than the session needs it. The rows themselves stay for the year's figures.
 *
 * <p>
 * Running it again changes nothing: only rows that still hold text are written, and each registration cleaned
 * gets one "free-text-purged" event (without text) in its history, which is what the job did.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = FreeTextRetention.class)
public class FreeTextRetention {

	/**
	 * @return how many registrations (with their history) and instructor invitations were cleaned
	 */
	public int purge(Date now) {
		Map<Long, Integer> retentionDays = new HashMap<>();

		int purged = 0;

		for (int status : _ENDED_SESSION_STATUSES) {
			for (CourseSession courseSession :
					_courseSessionPersistence.findByS_LtED(status, now)) {

				int days = retentionDays.computeIfAbsent(
					courseSession.getCompanyId(),
					companyId -> _trainingCompanySettings.get(
						companyId
					).freeTextRetentionDays());

				Date retainedUntil = new Date(
					courseSession.getEndDate(
					).getTime() + TimeUnit.DAYS.toMillis(days));

				if (now.before(retainedUntil)) {
					continue;
				}

				purged += _purge(courseSession, now);
			}
		}

		return purged;
	}

	private boolean _hasFreeText(Registration registration) {
		if (Validator.isNotNull(registration.getMotivation()) ||
			Validator.isNotNull(registration.getDietaryNeeds()) ||
			Validator.isNotNull(registration.getReviewComment()) ||
			Validator.isNotNull(registration.getCancellationReason())) {

			return true;
		}

		return false;
	}

	private int _purge(CourseSession courseSession, Date now) {
		long courseSessionId = courseSession.getCourseSessionId();

		Map<Long, Registration> registrations = new HashMap<>();
		Set<Long> registrationIdsToClean = new LinkedHashSet<>();

		for (Registration registration :
				_registrationPersistence.findByCourseSessionId(
					courseSessionId)) {

			registrations.put(registration.getRegistrationId(), registration);

			if (_hasFreeText(registration)) {
				registrationIdsToClean.add(registration.getRegistrationId());
			}
		}

		// One query for the whole session's history rather than one per registration.

		for (RegistrationEvent registrationEvent :
				_registrationEventPersistence.findByCourseSessionId(
					courseSessionId)) {

			if (Validator.isNull(registrationEvent.getComment())) {
				continue;
			}

			registrationEvent.setComment(null);

			_registrationEventPersistence.update(registrationEvent);

			registrationIdsToClean.add(registrationEvent.getRegistrationId());
		}

		int purged = 0;

		for (long registrationId : registrationIdsToClean) {
			Registration registration = registrations.get(registrationId);

			if (registration == null) {
				continue;
			}

			registration.setMotivation(null);
			registration.setDietaryNeeds(null);
			registration.setReviewComment(null);
			registration.setCancellationReason(null);

			_registrationPersistence.update(registration);

			_registrationEvents.add(
				registration, RegistrationEvents.TYPE_FREE_TEXT_PURGED,
				registration.getStatus(), 0, null, now);

			purged++;
		}

		for (SessionInstructor sessionInstructor :
				_sessionInstructorPersistence.findByCourseSessionId(
					courseSessionId)) {

			if (Validator.isNull(sessionInstructor.getMessage())) {
				continue;
			}

			sessionInstructor.setMessage(null);

			_sessionInstructorPersistence.update(sessionInstructor);

			purged++;
		}

		return purged;
	}

	private static final int[] _ENDED_SESSION_STATUSES = {
		CourseSessionConstants.STATUS_ARCHIVED,
		CourseSessionConstants.STATUS_CANCELLED,
		CourseSessionConstants.STATUS_PUBLISHED
	};

	@Reference
	private CourseSessionPersistence _courseSessionPersistence;

	@Reference
	private RegistrationEventPersistence _registrationEventPersistence;

	@Reference
	private RegistrationEvents _registrationEvents;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SessionInstructorPersistence _sessionInstructorPersistence;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
