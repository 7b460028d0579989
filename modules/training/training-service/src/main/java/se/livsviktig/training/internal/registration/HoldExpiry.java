package se.livsviktig.training.internal.registration;

import com.liferay.petra.function.UnsafeFunction;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
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
		RegistrationTransitions registrationTransitions) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
	}

	/**
	 * @return <code>true</code> if the registration expired now
	 */
	public boolean expire(long registrationId) throws PortalException {
		Registration registration = _registrationPersistence.fetchByPrimaryKey(
			registrationId);

		Date now = _registrationTransitions.now();

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

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_EXPIRED,
			RegistrationEvents.TYPE_EXPIRED, 0, null, now);

		_registrationTransitions.tellAfterCommit(noticeType, registration);

		_registrationTransitions.passFreedSeatsOn(
			courseSession, now, 0, "expired/" + registrationId);

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

		Date now = _registrationTransitions.now();

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

	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;

}
