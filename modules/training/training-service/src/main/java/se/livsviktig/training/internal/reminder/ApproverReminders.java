package se.livsviktig.training.internal.reminder;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.internal.registration.ApprovalRequests;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The approvers' reminder job's step: a request that has waited a day is brought up again to the people who may
 * approve it (or the session's coordinator when nobody may), once per approver.
 *
 * @author Livsviktig
 */
public final class ApproverReminders {

	public ApproverReminders(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence,
		ApprovalRequests approvalRequests, Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_approvalRequests = approvalRequests;
		_clock = clock;
	}

	/**
	 * @return how many requests were brought up
	 */
	public int remind() throws NoSuchCourseSessionException {
		Date now = Date.from(_clock.instant());

		Date waitedSince = new Date(now.getTime() - TimeUnit.DAYS.toMillis(1));

		int reminded = 0;

		for (Registration registration :
				_registrationPersistence.findByS_LtHED(
					RegistrationConstants.STATUS_PENDING_APPROVAL,
					new Date(Long.MAX_VALUE))) {

			if (!registration.getStatusDate(
				).before(
					waitedSince
				)) {

				continue;
			}

			CourseSession courseSession =
				_courseSessionPersistence.findByPrimaryKey(
					registration.getCourseSessionId());

			_approvalRequests.request(
				registration, courseSession,
				TrainingNoticeTypes.APPROVAL_REMINDER);

			reminded++;
		}

		return reminded;
	}

	private final ApprovalRequests _approvalRequests;
	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final RegistrationPersistence _registrationPersistence;

}
