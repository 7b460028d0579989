package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.model.Registration;

/**
 * A person's registration in a rush: everything but the seat is read before the session's row is locked (the ids
 * in one counter call, the session as it was, the person and their organisations, the acting user's name, the
 * quotas), so that under the lock ({@link SeatAllocation#allocateHoldingSessionRowLock}) only the seat changes and
 * the rows are inserted, and the next in the queue waits for that and nothing else.
 *
 * @author Livsviktig
 */
public final class SeatRequest {

	public SeatRequest(
		RegistrationIdReservation registrationIdReservation,
		ApplicantCheck applicantCheck, SeatLock seatLock,
		SeatLedger seatLedger, SeatAllocation seatAllocation,
		LockedSessionRegistrar lockedSessionRegistrar) {

		_registrationIdReservation = registrationIdReservation;
		_applicantCheck = applicantCheck;
		_seatLock = seatLock;
		_seatLedger = seatLedger;
		_seatAllocation = seatAllocation;
		_lockedSessionRegistrar = lockedSessionRegistrar;
	}

	/**
	 * @param organizationId the administration the person registers from, or 0 to take the first of theirs
	 *        that the session is open to
	 * @param actorUserId who registers: the person, or someone on their behalf
	 */
	public Registration register(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds, long actorUserId, Date now)
		throws PortalException {

		RegistrationIds registrationIds = _registrationIdReservation.reserve();

		Applicant applicant = _applicantCheck.check(
			_seatLock.readBeforeLocking(courseSessionId), userId,
			organizationId, motivation, dietaryNeeds, now, true);

		return _seatAllocation.allocateHoldingSessionRowLock(
			courseSessionId, applicant,
			_seatLedger.getSessionQuotas(courseSessionId), registrationIds,
			actorUserId,
			_lockedSessionRegistrar.getActorUserName(actorUserId, applicant),
			now, true);
	}

	private final ApplicantCheck _applicantCheck;
	private final LockedSessionRegistrar _lockedSessionRegistrar;
	private final RegistrationIdReservation _registrationIdReservation;
	private final SeatAllocation _seatAllocation;
	private final SeatLedger _seatLedger;
	private final SeatLock _seatLock;

}
