package se.livsviktig.training.internal.session;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Tells everyone with an upcoming registration that the session's dates or place changed, with the dates it had
 * before. Each registration's calendar sequence goes up first, so calendars replace the old entries rather than
 * add new ones beside them.
 *
 * @author Livsviktig
 */
public final class SessionChangeNotices {

	public SessionChangeNotices(
		RegistrationPersistence registrationPersistence,
		NoticeDispatcher noticeDispatcher) {

		_registrationPersistence = registrationPersistence;
		_noticeDispatcher = noticeDispatcher;
	}

	/**
	 * @param previousDates each date the session had, as {start, end}
	 */
	public void tellRegistered(
		long courseSessionId, List<Date[]> previousDates, Date now) {

		for (Registration registration :
				_registrationPersistence.findByCS_S(
					courseSessionId, RegistrationConstants.UPCOMING_STATUSES)) {

			registration.setCalendarSequence(
				registration.getCalendarSequence() + 1);
			registration.setModifiedDate(now);

			registration = _registrationPersistence.update(registration);

			_noticeDispatcher.dispatchAfterCommit(
				Notice.forRegistration(
					TrainingNoticeTypes.SESSION_CHANGED, registration
				).withPreviousDates(
					previousDates
				));
		}
	}

	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;

}
