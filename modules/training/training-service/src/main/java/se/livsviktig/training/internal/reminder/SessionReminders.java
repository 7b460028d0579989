package se.livsviktig.training.internal.reminder;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The reminder job's step: confirmed participants of a published session hear of it the company's configured
 * number of days before it starts, once each (the notice is claimed before it goes, so a second run or a second
 * node sends nothing).
 *
 * @author Livsviktig
 */
public final class SessionReminders {

	public SessionReminders(
		CourseSessionPersistence courseSessionPersistence,
		RegistrationPersistence registrationPersistence,
		TrainingCompanySettings trainingCompanySettings,
		NoticeDispatcher noticeDispatcher, Clock clock) {

		_courseSessionPersistence = courseSessionPersistence;
		_registrationPersistence = registrationPersistence;
		_trainingCompanySettings = trainingCompanySettings;
		_noticeDispatcher = noticeDispatcher;
		_clock = clock;
	}

	/**
	 * @return how many reminders went out now
	 */
	public int send() {
		Date now = Date.from(_clock.instant());

		Map<Long, Integer> reminderDays = new HashMap<>();

		int sent = 0;

		for (CourseSession courseSession :
				_courseSessionPersistence.findByS_GtSD(
					CourseSessionConstants.STATUS_PUBLISHED, now)) {

			int days = reminderDays.computeIfAbsent(
				courseSession.getCompanyId(),
				companyId -> _trainingCompanySettings.get(
					companyId
				).reminderDaysBefore());

			if (courseSession.getStartDate(
				).getTime() > (now.getTime() + TimeUnit.DAYS.toMillis(days))) {

				continue;
			}

			for (Registration registration :
					_registrationPersistence.findByCS_S(
						courseSession.getCourseSessionId(),
						new int[] {RegistrationConstants.STATUS_CONFIRMED})) {

				if (_noticeDispatcher.dispatch(
						Notice.onceForRegistration(
							TrainingNoticeTypes.REMINDER, registration))) {

					sent++;
				}
			}
		}

		return sent;
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;
	private final TrainingCompanySettings _trainingCompanySettings;

}
