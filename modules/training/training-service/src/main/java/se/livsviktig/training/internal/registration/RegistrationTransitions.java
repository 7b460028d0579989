package se.livsviktig.training.internal.registration;

import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A registration's change of state, as every decision about it makes one: the new state with its date, a new
 * calendar sequence (so calendars replace the entry), the active key given up when the registration stops being
 * active (so the person may register again), and the change in the registration's history. Releasing also gives
 * the session back the seat or waitlist place the registration held, in memory: the caller writes the session.
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
		RegistrationEvents registrationEvents) {

		_registrationPersistence = registrationPersistence;
		_registrationEvents = registrationEvents;
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

	private final RegistrationEvents _registrationEvents;
	private final RegistrationPersistence _registrationPersistence;

}
