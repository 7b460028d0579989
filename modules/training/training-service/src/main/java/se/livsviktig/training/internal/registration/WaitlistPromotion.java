package se.livsviktig.training.internal.registration;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Gives a session's free seats to its waitlist when seats appeared without anyone giving one up (the seats were
 * raised, a quota was released), under the session's row lock. The session's row is written only when someone got
 * a seat: a promotion that finds nobody to promote changes nothing.
 *
 * @author Livsviktig
 */
public final class WaitlistPromotion {

	public WaitlistPromotion(
		SeatLock seatLock, WaitlistPromoter waitlistPromoter,
		CourseSessionPersistence courseSessionPersistence, Clock clock) {

		_seatLock = seatLock;
		_waitlistPromoter = waitlistPromoter;
		_courseSessionPersistence = courseSessionPersistence;
		_clock = clock;
	}

	/**
	 * @return the registrations that got a seat
	 */
	public List<Registration> promote(
			long courseSessionId, long actorUserId, String occasion)
		throws NoSuchCourseSessionException {

		CourseSession courseSession = _seatLock.lock(courseSessionId);

		List<Registration> promoted = _waitlistPromoter.fillFreeSeats(
			courseSession, Date.from(_clock.instant()), actorUserId,
			occasion);

		if (!promoted.isEmpty()) {
			_courseSessionPersistence.update(courseSession);
		}

		return promoted;
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final SeatLock _seatLock;
	private final WaitlistPromoter _waitlistPromoter;

}
