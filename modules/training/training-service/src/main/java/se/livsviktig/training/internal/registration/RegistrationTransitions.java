package se.livsviktig.training.internal.registration;

import java.time.Clock;
import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * What every step on a registration does with it and its session: takes the session's row, changes the
 * registration's state (the new state with its date, a new calendar sequence so calendars replace the entry, the
 * active key given up when it stops being active so the person may register again, the change in its history),
 * releases the seat or waitlist place it held, tells the person after the commit, and passes a freed seat on to
 * the waitlist before the session is written once. The steps themselves (cancellation, a move, approvals,
 * offers, expiry) decide when.
 *
 * @author Livsviktig
 */
public final class RegistrationTransitions {

	/**
	 * Refuses a registration that is in none of the states a step starts from.
	 */
	public static void checkStatus(
			Registration registration, int... statuses)
		throws RegistrationStatusException {

		for (int status : statuses) {
			if (registration.getStatus() == status) {
				return;
			}
		}

		throw new RegistrationStatusException(
			"Registration " + registration.getRegistrationId() + " is " +
				RegistrationConstants.getStatusLabel(registration.getStatus()));
	}

	public RegistrationTransitions(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence,
		RegistrationEvents registrationEvents, SeatLock seatLock,
		NoticeDispatcher noticeDispatcher, WaitlistPromoter waitlistPromoter,
		Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_registrationEvents = registrationEvents;
		_seatLock = seatLock;
		_noticeDispatcher = noticeDispatcher;
		_waitlistPromoter = waitlistPromoter;
		_clock = clock;
	}

	/**
	 * Moves the registration to the status in memory and records the change; the caller writes the registration.
	 */
	public void changeStatus(
		Registration registration, int status, String eventType,
		long actorUserId, String comment, Date now) {

		int fromStatus = registration.getStatus();

		registration.setStatus(status);
		registration.setStatusDate(now);
		registration.setModifiedDate(now);
		registration.setCalendarSequence(
			registration.getCalendarSequence() + 1);

		if (!RegistrationConstants.isActive(status)) {
			registration.setActiveKey(-registration.getRegistrationId());
		}

		_registrationEvents.add(
			registration, eventType, fromStatus, actorUserId, comment, now);
	}

	/**
	 * @return the session, read from the database and locked for this transaction ({@link SeatLock})
	 */
	public CourseSession lockSession(long courseSessionId)
		throws NoSuchCourseSessionException {

		return _seatLock.lock(courseSessionId);
	}

	public Date now() {
		return Date.from(_clock.instant());
	}

	/**
	 * Gives the seats the step freed to the waitlist and writes the session with its new counters: the write the
	 * session's MVCC version checks.
	 *
	 * @param occasion what freed the seats, so the coordinator hears once per occasion
	 */
	public void passFreedSeatsOn(
		CourseSession courseSession, Date now, long actorUserId,
		String occasion) {

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, actorUserId, occasion);

		updateSession(courseSession);
	}

	/**
	 * Ends the registration's hold on the session (its seat or its waitlist place) and writes it in its new status.
	 */
	public void release(
		CourseSession courseSession, Registration registration, int status,
		String eventType, long actorUserId, String comment, Date now) {

		int fromStatus = registration.getStatus();

		if (RegistrationConstants.holdsSeat(fromStatus)) {
			courseSession.setSeatsTaken(courseSession.getSeatsTaken() - 1);
		}
		else if (fromStatus == RegistrationConstants.STATUS_WAITLISTED) {
			courseSession.setWaitlistedCount(
				courseSession.getWaitlistedCount() - 1);
		}

		registration.setHoldExpirationDate(null);

		changeStatus(
			registration, status, eventType, actorUserId, comment, now);

		_registrationPersistence.update(registration);
	}

	/**
	 * Tells the participant about their registration once the transaction commits, so a rolled back step tells
	 * nobody.
	 */
	public void tellAfterCommit(String noticeType, Registration registration) {
		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(noticeType, registration));
	}

	public void updateSession(CourseSession courseSession) {
		_courseSessionPersistence.update(courseSession);
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationEvents _registrationEvents;
	private final RegistrationPersistence _registrationPersistence;
	private final SeatLock _seatLock;
	private final WaitlistPromoter _waitlistPromoter;

}
