package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A seat offered from the waitlist (the session's time-limited offers): the person accepts it in time, and has it
 * (or, where the session asks for approval, a seat held for it), or turns it down, and it is offered to the next in
 * line.
 *
 * @author Livsviktig
 */
public final class SeatOffers {

	public SeatOffers(
		RegistrationPersistence registrationPersistence,
		RegistrationTransitions registrationTransitions,
		SeatAllocation seatAllocation, ApprovalRequests approvalRequests) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
		_seatAllocation = seatAllocation;
		_approvalRequests = approvalRequests;
	}

	public Registration accept(long registrationId) throws PortalException {
		Date now = _registrationTransitions.now();

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_OFFERED);

		if ((registration.getHoldExpirationDate() != null) &&
			!now.before(registration.getHoldExpirationDate())) {

			throw new OfferExpiredException(
				"The offer of registration " + registrationId + " expired " +
					registration.getHoldExpirationDate());
		}

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		if (courseSession.isApprovalRequired()) {
			_registrationTransitions.changeStatus(
				registration, RegistrationConstants.STATUS_PENDING_APPROVAL,
				RegistrationEvents.TYPE_OFFER_ACCEPTED,
				registration.getUserId(), null, now);

			registration.setHoldExpirationDate(
				_seatAllocation.approvalHoldExpirationDate(courseSession, now));

			registration = _registrationPersistence.update(registration);

			_approvalRequests.requestApproval(registration, courseSession);

			return registration;
		}

		_registrationTransitions.changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_OFFER_ACCEPTED, registration.getUserId(),
			null, now);

		registration.setHoldExpirationDate(null);

		registration = _registrationPersistence.update(registration);

		_registrationTransitions.tellAfterCommit(
			TrainingNoticeTypes.CONFIRMATION, registration);

		return registration;
	}

	public Registration decline(long registrationId) throws PortalException {
		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_OFFERED);

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		Date now = _registrationTransitions.now();

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, registration.getUserId(), null,
			now);

		registration.setCancelledByUserId(registration.getUserId());

		_registrationPersistence.update(registration);

		_registrationTransitions.passFreedSeatsOn(
			courseSession, now, registration.getUserId(),
			"offer-declined/" + registrationId);

		return registration;
	}

	private final ApprovalRequests _approvalRequests;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;
	private final SeatAllocation _seatAllocation;

}
