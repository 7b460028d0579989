package se.livsviktig.training.internal.registration;

import com.liferay.petra.function.UnsafeFunction;
import com.liferay.portal.kernel.exception.PortalException;

import java.time.Clock;
import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Ends holds that ran out: an approval nobody gave in time, or an offer nobody accepted. The person is told and
 * the seat goes to the waitlist. A registration that has moved on is left alone, so running the job twice, or on
 * two nodes, is harmless.
 *
 * @author Livsviktig
 */
public final class HoldExpiry {

	public HoldExpiry(
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
	 * @return <code>true</code> if the registration expired now
	 */
	public boolean expire(long registrationId) throws PortalException {
		Registration registration = _registrationPersistence.fetchByPrimaryKey(
			registrationId);

		Date now = Date.from(_clock.instant());

		if ((registration == null) ||
			((registration.getStatus() !=
				RegistrationConstants.STATUS_PENDING_APPROVAL) &&
			 (registration.getStatus() !=
				 RegistrationConstants.STATUS_OFFERED)) ||
			(registration.getHoldExpirationDate() == null) ||
			now.before(registration.getHoldExpirationDate())) {

			return false;
		}

		String noticeType = TrainingNoticeTypes.APPROVAL_EXPIRED;

		if (registration.getStatus() == RegistrationConstants.STATUS_OFFERED) {
			noticeType = TrainingNoticeTypes.OFFER_EXPIRED;
		}

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_EXPIRED,
			RegistrationEvents.TYPE_EXPIRED, 0, null, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(noticeType, registration));

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, 0, "expired/" + registrationId);

		_courseSessionPersistence.update(courseSession);

		return true;
	}

	/**
	 * The job's step: every hold that ran out.
	 *
	 * @param  expireInItsOwnTransaction {@link #expire} through the local service, so that one failure does not
	 *         undo the rest
	 * @return how many registrations expired
	 */
	public int expireAll(
			UnsafeFunction<Long, Boolean, PortalException>
				expireInItsOwnTransaction)
		throws PortalException {

		Date now = Date.from(_clock.instant());

		int expired = 0;

		for (int status :
				new int[] {
					RegistrationConstants.STATUS_PENDING_APPROVAL,
					RegistrationConstants.STATUS_OFFERED
				}) {

			for (Registration registration :
					_registrationPersistence.findByS_LtHED(status, now)) {

				if (expireInItsOwnTransaction.apply(
						registration.getRegistrationId())) {

					expired++;
				}
			}
		}

		return expired;
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;
	private final SeatLock _seatLock;
	private final WaitlistPromoter _waitlistPromoter;

}
