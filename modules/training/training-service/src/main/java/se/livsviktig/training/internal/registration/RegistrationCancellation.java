package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Cancellation (avbokning): one person's, within the rules of the session's cancellation deadline, or everyone's
 * when the session itself is cancelled. Each cancelled person is told; a seat one person frees goes to the
 * waitlist. Runs in the caller's transaction, holding the session's row.
 *
 * @author Livsviktig
 */
public final class RegistrationCancellation {

	public RegistrationCancellation(
		RegistrationPersistence registrationPersistence,
		RegistrationTransitions registrationTransitions) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
	}

	/**
	 * Up to the session's cancellation deadline the participant may cancel; after it only a caller allowed to
	 * (checked by the remote service), and then with a reason that is kept.
	 */
	public Registration cancel(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws PortalException {

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.UPCOMING_STATUSES);

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		Date now = _registrationTransitions.now();

		Date cancellationDeadline = courseSession.getCancellationDeadline();

		if ((cancellationDeadline != null) &&
			!now.before(cancellationDeadline)) {

			if (!afterDeadlineAllowed) {
				throw new CancellationDeadlinePassedException(
					"Registration " + registrationId +
						" could be cancelled until " + cancellationDeadline);
			}

			if (Validator.isNull(reason)) {
				throw new CancellationReasonException(
					"A cancellation after the deadline needs a reason");
			}
		}

		RegistrationFieldLengths.validate("cancellationReason", reason);

		_cancel(
			courseSession, registration, cancelledByUserId, reason, now,
			TrainingNoticeTypes.REGISTRATION_CANCELLED);

		_registrationTransitions.passFreedSeatsOn(
			courseSession, now, cancelledByUserId,
			"cancelled/" + registrationId);

		return registration;
	}

	/**
	 * Every upcoming registration of a cancelled session; nobody is promoted, since there is no session left to
	 * take part in.
	 */
	public List<Registration> cancelAll(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException {

		CourseSession courseSession = _registrationTransitions.lockSession(
			courseSessionId);

		Date now = _registrationTransitions.now();

		List<Registration> registrations = _registrationPersistence.findByCS_S(
			courseSessionId, RegistrationConstants.UPCOMING_STATUSES);

		for (Registration registration : registrations) {
			_cancel(
				courseSession, registration, cancelledByUserId, reason, now,
				TrainingNoticeTypes.SESSION_CANCELLED);
		}

		_registrationTransitions.updateSession(courseSession);

		return registrations;
	}

	private void _cancel(
		CourseSession courseSession, Registration registration,
		long cancelledByUserId, String reason, Date now, String noticeType) {

		registration.setCancelledByUserId(cancelledByUserId);
		registration.setCancellationReason(reason);

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, cancelledByUserId, reason, now);

		_registrationTransitions.tellAfterCommit(noticeType, registration);
	}

	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;

}
