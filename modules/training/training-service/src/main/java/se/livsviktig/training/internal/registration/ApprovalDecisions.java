package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.time.Clock;
import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The manager's decision on a registration that waits for approval: approved, the seat the request held becomes
 * the person's; declined, it goes to the waitlist. Either way the person is told and the comment kept. Who may
 * decide is the remote service's check.
 *
 * @author Livsviktig
 */
public final class ApprovalDecisions {

	public ApprovalDecisions(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence, SeatLock seatLock,
		RegistrationTransitions registrationTransitions,
		NoticeDispatcher noticeDispatcher, WaitlistPromoter waitlistPromoter,
		Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_seatLock = seatLock;
		_registrationTransitions = registrationTransitions;
		_noticeDispatcher = noticeDispatcher;
		_waitlistPromoter = waitlistPromoter;
		_clock = clock;
	}

	public Registration approve(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_PENDING_APPROVAL);
		RegistrationFieldLengths.validate("reviewComment", comment);

		Date now = Date.from(_clock.instant());

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);
		registration.setHoldExpirationDate(null);

		_registrationTransitions.changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_APPROVED, reviewerUserId, comment, now);

		registration = _registrationPersistence.update(registration);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.APPROVAL_GRANTED, registration));

		return registration;
	}

	public Registration decline(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_PENDING_APPROVAL);
		RegistrationFieldLengths.validate("reviewComment", comment);

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		Date now = Date.from(_clock.instant());

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_DECLINED,
			RegistrationEvents.TYPE_DECLINED, reviewerUserId, comment, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.APPROVAL_DECLINED, registration));

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, reviewerUserId, "declined/" + registrationId);

		_courseSessionPersistence.update(courseSession);

		return registration;
	}

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;
	private final SeatLock _seatLock;
	private final WaitlistPromoter _waitlistPromoter;

}
