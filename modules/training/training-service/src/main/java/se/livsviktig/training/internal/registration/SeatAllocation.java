package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Gives a checked applicant a seat, a seat held for the manager's approval, or a place on the waitlist: the one
 * place where a registration holds its session's row lock. Everything it can, the caller reads before
 * ({@link ApplicantCheck}, the quotas, the ids); under the lock come only the seat decision, the session's counters
 * and the inserts of the registration, its event and its notice's claim. The notice goes out after the commit.
 *
 * @author Livsviktig
 */
@Component(service = SeatAllocation.class)
public class SeatAllocation {

	/**
	 * Locks the session's row until the transaction ends, checks again what may have changed since the applicant
	 * was checked (the session's state and window, in memory), and allocates.
	 *
	 * @param sessionQuotas the session's quotas, read before the lock
	 */
	public Registration allocateHoldingSessionRowLock(
			long courseSessionId, Applicant applicant,
			List<SessionQuota> sessionQuotas, RegistrationIds registrationIds,
			long actorUserId, String actorUserName, Date now,
			boolean checkRegistrationWindow)
		throws PortalException {

		if (!sessionQuotas.isEmpty() && (applicant.getOrganizationId() > 0)) {

			// The applicant's nearest quota is found along their organisation's lineage: read it now, not
			// under the lock.

			applicant.getLineages(
			).getLineage(
				applicant.getOrganizationId()
			);
		}

		CourseSession courseSession = _seatLock.lock(courseSessionId);

		if (checkRegistrationWindow) {
			Bookability.checkSession(courseSession, now);
		}
		else {
			Bookability.checkPublished(courseSession);
		}

		return allocate(
			courseSession, applicant, sessionQuotas, registrationIds,
			actorUserId, actorUserName, now);
	}

	/**
	 * Allocates on a session whose row the caller has locked already (a coordinator's batch, a move).
	 */
	public Registration allocate(
		CourseSession lockedCourseSession, Applicant applicant,
		List<SessionQuota> sessionQuotas, RegistrationIds registrationIds,
		long actorUserId, String actorUserName, Date now) {

		Registration registration = _registrationPersistence.create(
			registrationIds.getRegistrationId());

		registration.setGroupId(lockedCourseSession.getGroupId());
		registration.setCompanyId(lockedCourseSession.getCompanyId());
		registration.setUserId(applicant.getUserId());
		registration.setUserName(
			applicant.getUser(
			).getFullName());
		registration.setCreateDate(now);
		registration.setModifiedDate(now);
		registration.setCourseSessionId(
			lockedCourseSession.getCourseSessionId());
		registration.setCourseId(lockedCourseSession.getCourseId());
		registration.setTrainingMethodId(
			lockedCourseSession.getTrainingMethodId());
		registration.setOrganizationId(applicant.getOrganizationId());
		registration.setSex(applicant.getSex());

		// Distinct participants are counted over this key, not the user ID, which anonymising replaces with
		// the one anonymous user; the anonymiser gives the person's registrations a key of their own instead.

		registration.setParticipantKey(applicant.getUserId());
		registration.setRegisteredByUserId(actorUserId);
		registration.setActiveKey(applicant.getUserId());
		registration.setMotivation(applicant.getMotivation());

		if (lockedCourseSession.isDietaryNeedsRequested()) {
			registration.setDietaryNeeds(applicant.getDietaryNeeds());
		}

		lockedCourseSession.setQueueSequence(
			lockedCourseSession.getQueueSequence() + 1);

		registration.setQueueNumber(lockedCourseSession.getQueueSequence());

		if (_seatLedger.getSeatAvailability(
				lockedCourseSession, sessionQuotas, applicant.getLineages(), now
			).hasSeatFor(
				applicant.getOrganizationId()
			)) {

			lockedCourseSession.setSeatsTaken(
				lockedCourseSession.getSeatsTaken() + 1);

			if (lockedCourseSession.isApprovalRequired()) {
				registration.setStatus(
					RegistrationConstants.STATUS_PENDING_APPROVAL);
				registration.setHoldExpirationDate(
					approvalHoldExpirationDate(lockedCourseSession, now));
			}
			else {
				registration.setStatus(RegistrationConstants.STATUS_CONFIRMED);
			}
		}
		else {
			lockedCourseSession.setWaitlistedCount(
				lockedCourseSession.getWaitlistedCount() + 1);

			registration.setStatus(RegistrationConstants.STATUS_WAITLISTED);
		}

		registration.setStatusDate(now);

		// No flush of its own: Hibernate writes the session with the rows below at the commit, in one flush. The
		// session's MVCC check cannot fail here, since the caller holds the row: a writer that did not take the
		// lock (a coordinator editing the session) waits for this commit and fails its own check instead. An
		// early flush cost one more pass over the persistence context while the queue waited for the row.

		_courseSessionPersistence.update(lockedCourseSession);

		registration = _registrationPersistence.update(registration);

		_registrationEvents.add(
			registrationIds.getRegistrationEventId(), registration,
			RegistrationEvents.TYPE_REGISTERED, 0, actorUserId, actorUserName,
			null, now);

		// The notice's claim is one more insert beside the registration's, under the id reserved with it: it
		// commits or rolls back with the registration, and after the commit only the deliveries are left, which
		// write the notice from the rows as written here instead of reading them again.

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_CONFIRMED) {

			_noticeDispatcher.claimNowDeliverAfterCommit(
				Notice.forRegistration(
					TrainingNoticeTypes.CONFIRMATION, registration
				).withRows(
					registration, lockedCourseSession
				),
				registrationIds.getTrainingNoticeId());
		}
		else if (registration.getStatus() ==
					RegistrationConstants.STATUS_WAITLISTED) {

			// Last in line: the waitlisted count, which this transaction just raised under the lock, is the
			// person's place, and the notice need not count those ahead after the commit.

			_noticeDispatcher.claimNowDeliverAfterCommit(
				Notice.forRegistration(
					TrainingNoticeTypes.WAITLISTED, registration
				).withRows(
					registration, lockedCourseSession
				).withWaitlistPosition(
					lockedCourseSession.getWaitlistedCount()
				),
				registrationIds.getTrainingNoticeId());
		}
		else {
			_approvalRequests.requestApproval(
				registration, lockedCourseSession);
		}

		return registration;
	}

	/**
	 * How long a seat waits for the manager's approval before it goes to the waitlist.
	 */
	public Date approvalHoldExpirationDate(
		CourseSession courseSession, Date now) {

		return new Date(
			now.getTime() +
				TimeUnit.DAYS.toMillis(
					_trainingCompanySettings.get(
						courseSession.getCompanyId()
					).approvalHoldDays()));
	}

	@Reference
	private ApprovalRequests _approvalRequests;

	@Reference
	private CourseSessionPersistence _courseSessionPersistence;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private RegistrationEvents _registrationEvents;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SeatLedger _seatLedger;

	@Reference
	private SeatLock _seatLock;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
