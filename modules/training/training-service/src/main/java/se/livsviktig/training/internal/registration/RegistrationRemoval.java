package se.livsviktig.training.internal.registration;

import java.time.Clock;
import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Deletes a registration with its history and attendance, e.g. when an administrator erases a person's data. An
 * upcoming registration's seat or waitlist place is given back first, and a freed seat goes to the waitlist, so the
 * session's counters stay true.
 *
 * @author Livsviktig
 */
public final class RegistrationRemoval {

	public RegistrationRemoval(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence,
		RegistrationEventPersistence registrationEventPersistence,
		AttendancePersistence attendancePersistence,
		WaitlistPromoter waitlistPromoter, Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_registrationEventPersistence = registrationEventPersistence;
		_attendancePersistence = attendancePersistence;
		_waitlistPromoter = waitlistPromoter;
		_clock = clock;
	}

	public Registration remove(Registration registration) {
		CourseSession courseSession = _courseSessionPersistence.fetchByPrimaryKey(
			registration.getCourseSessionId());

		if (courseSession != null) {
			boolean upcoming = _isUpcoming(registration.getStatus());

			if (upcoming &&
				RegistrationConstants.holdsSeat(registration.getStatus())) {

				courseSession.setSeatsTaken(courseSession.getSeatsTaken() - 1);
			}
			else if (registration.getStatus() ==
						RegistrationConstants.STATUS_WAITLISTED) {

				courseSession.setWaitlistedCount(
					courseSession.getWaitlistedCount() - 1);
			}

			if (upcoming) {
				_waitlistPromoter.fillFreeSeats(
					courseSession, Date.from(_clock.instant()),
					registration.getUserId(),
					"deleted/" + registration.getRegistrationId());
			}

			_courseSessionPersistence.update(courseSession);
		}

		_registrationEventPersistence.removeByRegistrationId(
			registration.getRegistrationId());
		_attendancePersistence.removeByRegistrationId(
			registration.getRegistrationId());

		return _registrationPersistence.remove(registration);
	}

	private boolean _isUpcoming(int status) {
		for (int upcomingStatus : RegistrationConstants.UPCOMING_STATUSES) {
			if (upcomingStatus == status) {
				return true;
			}
		}

		return false;
	}

	private final AttendancePersistence _attendancePersistence;
	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final RegistrationEventPersistence _registrationEventPersistence;
	private final RegistrationPersistence _registrationPersistence;
	private final WaitlistPromoter _waitlistPromoter;

}
