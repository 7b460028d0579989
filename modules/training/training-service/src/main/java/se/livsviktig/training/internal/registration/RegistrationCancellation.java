package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.Validator;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
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
		CourseSessionPersistence courseSessionPersistence, SeatLock seatLock,
		RegistrationTransitions registrationTransitions,
		NoticeDispatcher noticeDispatcher, WaitlistPromoter waitlistPromoter,
		Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_seatLock = seatLock;
		_registrationTransitions = registrationTransitions;
		_noticeDispatcher = noticeDispatcher;
		_waitlistPromoter = waitlistPromoter;
		_clock = clock;
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

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		Date now = Date.from(_clock.instant());

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

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, cancelledByUserId,
			"cancelled/" + registrationId);

		_courseSessionPersistence.update(courseSession);

		return registration;
	}

	/**
	 * Every upcoming registration of a cancelled session; nobody is promoted, since there is no session left to
	 * take part in.
	 */
	public List<Registration> cancelAll(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(courseSessionId);

		Date now = Date.from(_clock.instant());

		List<Registration> registrations = _registrationPersistence.findByCS_S(
			courseSessionId, RegistrationConstants.UPCOMING_STATUSES);

		for (Registration registration : registrations) {
			_cancel(
				courseSession, registration, cancelledByUserId, reason, now,
				TrainingNoticeTypes.SESSION_CANCELLED);
		}

		_courseSessionPersistence.update(courseSession);

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

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(noticeType, registration));
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;
	private final SeatLock _seatLock;
	private final WaitlistPromoter _waitlistPromoter;

}
