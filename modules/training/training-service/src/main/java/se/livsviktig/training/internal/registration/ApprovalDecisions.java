package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
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
		RegistrationTransitions registrationTransitions) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
	}

	public Registration approve(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_PENDING_APPROVAL);
		RegistrationFieldLengths.validate("reviewComment", comment);

		Date now = _registrationTransitions.now();

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);
		registration.setHoldExpirationDate(null);

		_registrationTransitions.changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_APPROVED, reviewerUserId, comment, now);

		registration = _registrationPersistence.update(registration);

		_registrationTransitions.tellAfterCommit(
			TrainingNoticeTypes.APPROVAL_GRANTED, registration);

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

		CourseSession courseSession = _registrationTransitions.lockSession(
			registration.getCourseSessionId());

		Date now = _registrationTransitions.now();

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);

		_registrationTransitions.release(
			courseSession, registration, RegistrationConstants.STATUS_DECLINED,
			RegistrationEvents.TYPE_DECLINED, reviewerUserId, comment, now);

		_registrationTransitions.tellAfterCommit(
			TrainingNoticeTypes.APPROVAL_DECLINED, registration);

		_registrationTransitions.passFreedSeatsOn(
			courseSession, now, reviewerUserId, "declined/" + registrationId);

		return registration;
	}

	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;

}
