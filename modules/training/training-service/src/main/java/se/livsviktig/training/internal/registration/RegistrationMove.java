package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.Set;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.internal.organization.OrganizationMemberships;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Moves a person to another session of the same course: the old registration is given up as a cancellation
 * would be (its seat to the old session's waitlist, its calendar entries cancelled), and a new one takes a seat or
 * a waitlist place in the new session. The new session's checks come first, and everything runs in the caller's
 * transaction, so a refusal leaves the old session as it was.
 *
 * @author Livsviktig
 */
public final class RegistrationMove {

	public RegistrationMove(
		RegistrationPersistence registrationPersistence,
		RegistrationTransitions registrationTransitions,
		RegistrationIdReservation registrationIdReservation,
		ApplicantCheck applicantCheck, OrganizationTree organizationTree,
		LockedSessionRegistrar lockedSessionRegistrar,
		RegistrationEvents registrationEvents) {

		_registrationPersistence = registrationPersistence;
		_registrationTransitions = registrationTransitions;
		_registrationIdReservation = registrationIdReservation;
		_applicantCheck = applicantCheck;
		_organizationTree = organizationTree;
		_lockedSessionRegistrar = lockedSessionRegistrar;
		_registrationEvents = registrationEvents;
	}

	/**
	 * @return the new registration
	 */
	public Registration move(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws PortalException {

		Registration registration = _registrationPersistence.findByPrimaryKey(
			registrationId);

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.UPCOMING_STATUSES);
		RegistrationFieldLengths.validate("cancellationReason", reason);

		long sourceCourseSessionId = registration.getCourseSessionId();

		if (sourceCourseSessionId == targetCourseSessionId) {
			throw new MoveRegistrationTargetException(
				"Registration " + registrationId + " is already on session " +
					targetCourseSessionId);
		}

		// Ids first, as in addRegistration; then both rows, lower id first, so two moves in opposite
		// directions wait for each other instead of deadlocking.

		RegistrationIds newRegistrationIds =
			_registrationIdReservation.reserve();

		CourseSession sourceCourseSession;
		CourseSession targetCourseSession;

		if (sourceCourseSessionId < targetCourseSessionId) {
			sourceCourseSession = _registrationTransitions.lockSession(
				sourceCourseSessionId);
			targetCourseSession = _registrationTransitions.lockSession(
				targetCourseSessionId);
		}
		else {
			targetCourseSession = _registrationTransitions.lockSession(
				targetCourseSessionId);
			sourceCourseSession = _registrationTransitions.lockSession(
				sourceCourseSessionId);
		}

		if (sourceCourseSession.getCourseId() !=
				targetCourseSession.getCourseId()) {

			throw new MoveRegistrationTargetException(
				"Session " + targetCourseSessionId +
					" is not of the course of session " +
						sourceCourseSessionId);
		}

		Date now = _registrationTransitions.now();

		// The new session's checks (published, audience, not registered there already) come before the old
		// registration is touched, and the transaction undoes the rest if a later write fails.

		Set<Long> audienceOrganizationIds = _applicantCheck.getAudienceOrganizationIds(
			targetCourseSessionId);

		OrganizationMemberships userMemberships =
			_organizationTree.getMemberships(registration.getUserId());

		long organizationId = registration.getOrganizationId();

		if ((organizationId > 0) &&
			!Bookability.isInAudience(
				audienceOrganizationIds, organizationId,
				userMemberships.getLineages())) {

			organizationId = 0;
		}

		if (!_isInAudience(
				targetCourseSession, audienceOrganizationIds,
				userMemberships)) {

			throw new NotInSessionAudienceException(
				"User " + registration.getUserId() +
					" is not in the audience of session " +
						targetCourseSessionId);
		}

		if (_registrationPersistence.fetchByCS_AK(
				targetCourseSessionId, registration.getUserId()) != null) {

			throw new DuplicateRegistrationException(
				"User " + registration.getUserId() +
					" is already registered on session " +
						targetCourseSessionId);
		}

		registration.setCancelledByUserId(actorUserId);
		registration.setCancellationReason(reason);

		_registrationTransitions.release(
			sourceCourseSession, registration,
			RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_MOVED_TO, actorUserId,
			reason, now);

		// The old registration's notice carries the calendar file's cancellation (METHOD:CANCEL, same UID),
		// so the old dates leave the person's calendar; the new registration sends its own confirmation.

		_registrationTransitions.tellAfterCommit(
			TrainingNoticeTypes.REGISTRATION_CANCELLED, registration);

		_registrationTransitions.passFreedSeatsOn(
			sourceCourseSession, now, actorUserId, "moved/" + registrationId);

		Registration newRegistration = _lockedSessionRegistrar.register(
			targetCourseSession, registration.getUserId(), organizationId,
			registration.getMotivation(), registration.getDietaryNeeds(),
			actorUserId, now, false, newRegistrationIds);

		_registrationEvents.add(
			newRegistration, RegistrationEvents.TYPE_MOVED_FROM, 0,
			actorUserId, reason, now);

		return newRegistration;
	}

	private boolean _isInAudience(
			CourseSession courseSession, Set<Long> audienceOrganizationIds,
			OrganizationMemberships userMemberships)
		throws PortalException {

		Bookability.checkPublished(courseSession);

		return Bookability.isInAudience(
			audienceOrganizationIds, userMemberships);
	}

	private final ApplicantCheck _applicantCheck;
	private final LockedSessionRegistrar _lockedSessionRegistrar;
	private final OrganizationTree _organizationTree;
	private final RegistrationEvents _registrationEvents;
	private final RegistrationIdReservation _registrationIdReservation;
	private final RegistrationPersistence _registrationPersistence;
	private final RegistrationTransitions _registrationTransitions;

}
