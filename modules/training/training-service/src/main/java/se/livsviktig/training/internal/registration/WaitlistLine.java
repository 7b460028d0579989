package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A session's waitlist as a line: where someone stands in it, and a coordinator moving someone to another place
 * for a reason that is kept. The others keep their order; the line's queue numbers are dealt out again in the new
 * order, so positions stay 1..n. Who gets a free seat is {@link WaitlistPromoter}'s job.
 *
 * @author Livsviktig
 */
public final class WaitlistLine {

	public WaitlistLine(
		RegistrationPersistence registrationPersistence,
		RegistrationTransitions registrationTransitions,
		RegistrationEvents registrationEvents) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
		_registrationEvents = registrationEvents;
	}

	/**
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	public Registration move(
			long registrationId, int newPosition, long actorUserId,
			String reason)
		throws PortalException {

		if (_isBlank(reason)) {
			throw new WaitlistReorderReasonException(
				"Moving someone in the waitlist needs a reason");
		}

		RegistrationFieldLengths.validate("cancellationReason", reason);

		if (newPosition < 1) {
			throw new WaitlistPositionException(
				"A waitlist position starts at 1, not " + newPosition);
		}

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_WAITLISTED);

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		// Read the line again under the lock: it is what the others see now.

		registration = _registrationPersistence.findByPrimaryKey(registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_WAITLISTED);

		List<Registration> waitlist = new ArrayList<>(
			_registrationPersistence.findByCS_S(
				courseSession.getCourseSessionId(),
				new int[] {RegistrationConstants.STATUS_WAITLISTED}));

		List<Long> queueNumbers = new ArrayList<>();

		for (Registration waitlisted : waitlist) {
			queueNumbers.add(waitlisted.getQueueNumber());
		}

		Collections.sort(queueNumbers);

		int fromIndex = -1;

		for (int i = 0; i < waitlist.size(); i++) {
			if (waitlist.get(
					i
				).getRegistrationId() == registrationId) {

				fromIndex = i;
			}
		}

		if (fromIndex < 0) {
			throw new RegistrationStatusException(
				"Registration " + registrationId + " is not in the waitlist");
		}

		Registration moved = waitlist.remove(fromIndex);

		int toIndex = Math.min(newPosition, waitlist.size() + 1) - 1;

		waitlist.add(toIndex, moved);

		Date now = _registrationTransitions.now();

		for (int i = 0; i < waitlist.size(); i++) {
			Registration waitlisted = waitlist.get(i);

			long queueNumber = queueNumbers.get(i);

			if (waitlisted.getQueueNumber() == queueNumber) {
				continue;
			}

			waitlisted.setQueueNumber(queueNumber);

			if (waitlisted != moved) {
				waitlisted.setModifiedDate(now);

				_registrationPersistence.update(waitlisted);
			}
		}

		moved.setModifiedDate(now);

		moved = _registrationPersistence.update(moved);

		_registrationEvents.add(
			moved, RegistrationEvents.TYPE_WAITLIST_MOVED,
			RegistrationConstants.STATUS_WAITLISTED, actorUserId,
			reason, now);

		// The session row is written so a concurrent writer that did not lock it conflicts (MVCC).

		_registrationTransitions.updateSession(courseSession);

		return moved;
	}

	/**
	 * @return the person's place in the waitlist, 1 for the next to get a seat, or 0 if not waitlisted
	 */
	public int position(long registrationId) throws PortalException {
		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		if (registration.getStatus() !=
				RegistrationConstants.STATUS_WAITLISTED) {

			return 0;
		}

		return _registrationPersistence.countByCS_S_LtQN(
			registration.getCourseSessionId(),
			RegistrationConstants.STATUS_WAITLISTED,
			registration.getQueueNumber()) + 1;
	}

	private boolean _isBlank(String value) {
		if ((value == null) || value.trim(
			).isEmpty()) {

			return true;
		}

		return false;
	}

	private final RegistrationEvents _registrationEvents;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;

}
