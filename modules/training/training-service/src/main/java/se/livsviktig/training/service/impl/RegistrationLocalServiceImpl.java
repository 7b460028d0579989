package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.Validator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.privacy.FreeTextRetention;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.internal.organization.OrganizationMemberships;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.registration.Applicant;
import se.livsviktig.training.internal.registration.ApplicantCheck;
import se.livsviktig.training.internal.registration.ApprovalRequests;
import se.livsviktig.training.internal.registration.Bookability;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.internal.registration.RegistrationFieldLengths;
import se.livsviktig.training.internal.registration.RegistrationIdReservation;
import se.livsviktig.training.internal.registration.RegistrationIds;
import se.livsviktig.training.internal.registration.RegistrationListReader;
import se.livsviktig.training.internal.registration.SeatAllocation;
import se.livsviktig.training.internal.registration.SeatLedger;
import se.livsviktig.training.internal.registration.SeatLock;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.internal.unit.MemberTrainingRows;
import se.livsviktig.training.internal.unit.UnitTrainingQuery;
import se.livsviktig.training.internal.validator.MailHeaderText;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.registration.RegistrationImportRow;
import se.livsviktig.training.service.base.RegistrationLocalServiceBaseImpl;

/**
 * Registrations (anmälningar): the seats, the waitlist, approvals and cancellations of a course session.
 *
 * <p>
 * Every change of seats reads the session row, decides, and writes the session row back with its new
 * counters. The row is MVCC-versioned, so of two concurrent changes only one commits; the other is retried
 * by the portal's {@link Retry} advice, reads the new counters and decides again. That is how the last seat
 * goes to exactly one person and the others are waitlisted, on any number of cluster nodes.
 * </p>
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.Registration",
	service = AopService.class
)
public class RegistrationLocalServiceImpl
	extends RegistrationLocalServiceBaseImpl {

	/**
	 * The person accepts the seat they were offered from the waitlist.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration acceptOffer(long registrationId)
		throws PortalException {

		Date now = _now();

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_OFFERED);

		if ((registration.getHoldExpirationDate() != null) &&
			!now.before(registration.getHoldExpirationDate())) {

			throw new OfferExpiredException(
				"The offer of registration " + registrationId + " expired " +
					registration.getHoldExpirationDate());
		}

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		if (courseSession.isApprovalRequired()) {
			_changeStatus(
				registration, RegistrationConstants.STATUS_PENDING_APPROVAL,
				RegistrationEvents.TYPE_OFFER_ACCEPTED,
				registration.getUserId(), null, now);

			registration.setHoldExpirationDate(
				_seatAllocation.approvalHoldExpirationDate(courseSession, now));

			registration = registrationPersistence.update(registration);

			_approvalRequests.requestApproval(registration, courseSession);

			return registration;
		}

		_changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_OFFER_ACCEPTED, registration.getUserId(),
			null, now);

		registration.setHoldExpirationDate(null);

		registration = registrationPersistence.update(registration);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.CONFIRMATION, registration));

		return registration;
	}

	/**
	 * Registers a person on a session. There is a seat (waiting for the manager's approval if the session
	 * asks for it) or a place on the waitlist; never a seat more than the session has.
	 *
	 * @param organizationId the administration the person registers from, or 0 to take the first of theirs
	 *        that the session is open to
	 * @param serviceContext the acting user is the one who registers, which may be someone else than the
	 *        participant (registration on behalf, checked by the remote service)
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES_AND_UNIQUE_VIOLATIONS
		)
	)
	public Registration addRegistration(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			ServiceContext serviceContext)
		throws PortalException {

		// Everything but the seat is read before the session's row is locked (SeatAllocation): the ids in one
		// counter call, the session as it was, the person and their organisations, the quotas. Under the lock only
		// the seat changes and the rows are inserted, so the next in the queue waits for that and nothing else.

		Date now = _now();

		RegistrationIds registrationIds = _registrationIdReservation.reserve();

		Applicant applicant = _applicantCheck.check(
			_readWithoutLock(courseSessionId), userId, organizationId,
			motivation, dietaryNeeds, now, true);

		long actorUserId = _getActorUserId(serviceContext, userId);

		return _seatAllocation.allocateHoldingSessionRowLock(
			courseSessionId, applicant,
			_seatLedger.getSessionQuotas(courseSessionId), registrationIds,
			actorUserId, _getUserName(actorUserId, applicant), now, true);
	}

	/**
	 * Registers several people at once, all or none: one refused person (not in the audience, already
	 * registered...) and nobody is registered, so the coordinator can correct the list and try again. A
	 * coordinator registers people on a published session also outside its registration window.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public List<Registration> addRegistrations(
			long[] userIds, long courseSessionId, ServiceContext serviceContext)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Date now = _now();

		List<Registration> registrations = new ArrayList<>();

		for (long userId : userIds) {
			registrations.add(
				_register(
					courseSession, userId, 0, null, null,
					_getActorUserId(serviceContext, userId), now, false));
		}

		return registrations;
	}

	/**
	 * Books people from a course's interest list on its newly published session, in list order, before its
	 * registration window opens: that is what the coordinator asked for by choosing automatic booking. People
	 * who cannot be booked (not in the audience, already registered) are skipped, not refused, so the caller
	 * can tell them instead.
	 *
	 * @return the users booked, with a seat or on the waitlist
	 */
	@Override
	public List<Long> bookInterestedUsers(long courseSessionId, long[] userIds)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Set<Long> audienceOrganizationIds = _applicantCheck.getAudienceOrganizationIds(
			courseSessionId);

		Date now = _now();

		List<Long> bookedUserIds = new ArrayList<>();

		for (long userId : userIds) {
			User user = userLocalService.fetchUser(userId);

			if ((user == null) || !user.isActive() ||
				(registrationPersistence.fetchByCS_AK(courseSessionId, userId) !=
					null) ||
				!Bookability.isInAudience(
					audienceOrganizationIds,
					_organizationTree.getMemberships(userId))) {

				continue;
			}

			_register(courseSession, userId, 0, null, null, userId, now, false);

			bookedUserIds.add(userId);
		}

		return bookedUserIds;
	}

	/**
	 * The manager approves: the seat the request held becomes the person's.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration approveRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_PENDING_APPROVAL);
		RegistrationFieldLengths.validate("reviewComment", comment);

		Date now = _now();

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);
		registration.setHoldExpirationDate(null);

		_changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_APPROVED, reviewerUserId, comment, now);

		registration = registrationPersistence.update(registration);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.APPROVAL_GRANTED, registration));

		return registration;
	}

	/**
	 * Cancels a registration (avbokning). Up to the session's cancellation deadline the participant may;
	 * after it only someone allowed to manage the session's participants, and then a reason is required and
	 * kept. A seat freed this way goes to the waitlist.
	 *
	 * @param afterDeadlineAllowed whether the caller may cancel after the deadline (checked by the remote
	 *        service)
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration cancelRegistration(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws PortalException {

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.UPCOMING_STATUSES);

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		Date now = _now();

		Date cancellationDeadline = courseSession.getCancellationDeadline();

		if ((cancellationDeadline != null) &&
			!now.before(cancellationDeadline)) {

			if (!afterDeadlineAllowed) {
				throw new CancellationDeadlinePassedException(
					"Registration " + registrationId +
						" could be cancelled until " + cancellationDeadline);
			}

			if (Validator.isNull(reason)) {
				throw new CancellationReasonException(
					"A cancellation after the deadline needs a reason");
			}
		}

		RegistrationFieldLengths.validate("cancellationReason", reason);

		_cancel(
			courseSession, registration, cancelledByUserId, reason, now,
			TrainingNoticeTypes.REGISTRATION_CANCELLED);

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, cancelledByUserId,
			"cancelled/" + registrationId);

		courseSessionPersistence.update(courseSession);

		return registration;
	}

	/**
	 * Cancels every upcoming registration of a session that is itself cancelled, and tells each person.
	 * Called by the course session service inside its own transaction.
	 */
	@Override
	public List<Registration> cancelCourseSessionRegistrations(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Date now = _now();

		List<Registration> registrations = registrationPersistence.findByCS_S(
			courseSessionId, RegistrationConstants.UPCOMING_STATUSES);

		for (Registration registration : registrations) {
			_cancel(
				courseSession, registration, cancelledByUserId, reason, now,
				TrainingNoticeTypes.SESSION_CANCELLED);
		}

		courseSessionPersistence.update(courseSession);

		return registrations;
	}

	/**
	 * The manager declines: the request's seat goes to the waitlist.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration declineRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_PENDING_APPROVAL);
		RegistrationFieldLengths.validate("reviewComment", comment);

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		Date now = _now();

		registration.setReviewerUserId(reviewerUserId);
		registration.setReviewDate(now);
		registration.setReviewComment(comment);

		_release(
			courseSession, registration, RegistrationConstants.STATUS_DECLINED,
			RegistrationEvents.TYPE_DECLINED, reviewerUserId, comment, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.APPROVAL_DECLINED, registration));

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, reviewerUserId, "declined/" + registrationId);

		courseSessionPersistence.update(courseSession);

		return registration;
	}

	/**
	 * The person turns down the seat they were offered; it is offered to the next in line.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration declineOffer(long registrationId)
		throws PortalException {

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_OFFERED);

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		Date now = _now();

		_release(
			courseSession, registration, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, registration.getUserId(), null,
			now);

		registration.setCancelledByUserId(registration.getUserId());

		registrationPersistence.update(registration);

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, registration.getUserId(),
			"offer-declined/" + registrationId);

		courseSessionPersistence.update(courseSession);

		return registration;
	}

	@Override
	public Registration deleteRegistration(long registrationId)
		throws PortalException {

		return registrationLocalService.deleteRegistration(
			registrationPersistence.findByPrimaryKey(registrationId));
	}

	/**
	 * Deletes a registration, e.g. when an administrator erases a person's data, and gives its seat to the
	 * waitlist so the session's counters stay true.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration deleteRegistration(Registration registration)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.fetchByPrimaryKey(
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
					courseSession, _now(), registration.getUserId(),
					"deleted/" + registration.getRegistrationId());
			}

			courseSessionPersistence.update(courseSession);
		}

		registrationEventPersistence.removeByRegistrationId(
			registration.getRegistrationId());
		attendancePersistence.removeByRegistrationId(
			registration.getRegistrationId());

		return registrationPersistence.remove(registration);
	}

	/**
	 * Registers the people a coordinator lists (one e-mail address or screen name per line, comma or
	 * semicolon separated columns, the first column counts). Every line is checked first; only when all are
	 * valid, and this is not a dry run, are they all registered. Either way the report says, line by line,
	 * what would happen or did.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public RegistrationImportReport importRegistrations(
			long courseSessionId, String csv, boolean dryRun,
			ServiceContext serviceContext)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Bookability.checkPublished(courseSession);

		List<RegistrationImportRow> rows = _registrationListReader.read(
			courseSession, csv, _applicantCheck.getAudienceOrganizationIds(courseSessionId));

		RegistrationImportReport registrationImportReport =
			new RegistrationImportReport(rows, false);

		if (dryRun || !registrationImportReport.isValid()) {
			return registrationImportReport;
		}

		long[] userIds = new long[rows.size()];

		for (int i = 0; i < userIds.length; i++) {
			userIds[i] = rows.get(
				i
			).getUserId();
		}

		registrationLocalService.addRegistrations(
			userIds, courseSessionId, serviceContext);

		return new RegistrationImportReport(rows, true);
	}

	/**
	 * Ends a hold that ran out: an approval nobody gave in time, or an offer nobody accepted. The seat goes
	 * to the waitlist. Does nothing if the registration has moved on, so running the job twice is harmless.
	 *
	 * @return <code>true</code> if the registration expired now
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public boolean expireRegistration(long registrationId)
		throws PortalException {

		Registration registration = registrationPersistence.fetchByPrimaryKey(
			registrationId);

		Date now = _now();

		if ((registration == null) ||
			((registration.getStatus() !=
				RegistrationConstants.STATUS_PENDING_APPROVAL) &&
			 (registration.getStatus() !=
				 RegistrationConstants.STATUS_OFFERED)) ||
			(registration.getHoldExpirationDate() == null) ||
			now.before(registration.getHoldExpirationDate())) {

			return false;
		}

		String noticeType = TrainingNoticeTypes.APPROVAL_EXPIRED;

		if (registration.getStatus() == RegistrationConstants.STATUS_OFFERED) {
			noticeType = TrainingNoticeTypes.OFFER_EXPIRED;
		}

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		_release(
			courseSession, registration, RegistrationConstants.STATUS_EXPIRED,
			RegistrationEvents.TYPE_EXPIRED, 0, null, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(noticeType, registration));

		_waitlistPromoter.fillFreeSeats(
			courseSession, now, 0, "expired/" + registrationId);

		courseSessionPersistence.update(courseSession);

		return true;
	}

	/**
	 * The job's step: expires every hold that ran out, each in its own transaction so one failure does not
	 * undo the rest.
	 *
	 * @return how many registrations expired
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int expireRegistrations() throws PortalException {
		Date now = _now();

		int expired = 0;

		for (int status :
				new int[] {
					RegistrationConstants.STATUS_PENDING_APPROVAL,
					RegistrationConstants.STATUS_OFFERED
				}) {

			for (Registration registration :
					registrationPersistence.findByS_LtHED(status, now)) {

				if (registrationLocalService.expireRegistration(
						registration.getRegistrationId())) {

					expired++;
				}
			}
		}

		return expired;
	}

	/**
	 * Whether the user has, or had, any registration on the session, in whatever state.
	 */
	@Override
	public boolean hasUserRegistration(long userId, long courseSessionId) {
		if (registrationPersistence.countByCS_U(courseSessionId, userId) > 0) {
			return true;
		}

		return false;
	}

	@Override
	public Registration fetchActiveRegistration(
		long userId, long courseSessionId) {

		return registrationPersistence.fetchByCS_AK(courseSessionId, userId);
	}

	@Override
	public List<Registration> getCourseSessionRegistrations(
		long courseSessionId, int[] statuses, int start, int end) {

		return registrationPersistence.findByCS_S(
			courseSessionId, statuses, start, end);
	}

	@Override
	public int getCourseSessionRegistrationsCount(
		long courseSessionId, int[] statuses) {

		return registrationPersistence.countByCS_S(courseSessionId, statuses);
	}

	/**
	 * Requests waiting for approval from people in the given administrations, oldest first.
	 */
	@Override
	public List<Registration> getPendingApprovals(
		long[] organizationIds, int start, int end) {

		return registrationPersistence.findByO_S(
			organizationIds, RegistrationConstants.STATUS_PENDING_APPROVAL,
			start, end);
	}

	@Override
	public int getPendingApprovalsCount(long[] organizationIds) {
		return registrationPersistence.countByO_S(
			organizationIds, RegistrationConstants.STATUS_PENDING_APPROVAL);
	}

	/**
	 * The training of the members of the given organisations, one per member and method (one per member when a
	 * method is given), from one query: see UnitTrainingQuery. The caller passes the unit with every unit under
	 * it; the remote service decides who may ask.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Override
	public List<MemberTraining> getUnitTraining(
		long companyId, long[] organizationIds, long trainingMethodId) {

		if (organizationIds.length == 0) {
			return new ArrayList<>();
		}

		List<Object[]> rows = registrationPersistence.dslQuery(
			new UnitTrainingQuery(
				companyId, organizationIds, trainingMethodId
			).select());

		return new MemberTrainingRows(trainingMethodId).fold(rows);
	}

	@Override
	public List<Registration> getUserRegistrations(
		long userId, int[] statuses, int start, int end) {

		return registrationPersistence.findByU_S(userId, statuses, start, end);
	}

	@Override
	public int getUserRegistrationsCount(long userId, int[] statuses) {
		return registrationPersistence.countByU_S(userId, statuses);
	}

	/**
	 * @return the person's place in the waitlist, 1 for the next to get a seat, or 0 if not waitlisted
	 */
	@Override
	public int getWaitlistPosition(long registrationId) throws PortalException {
		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		if (registration.getStatus() !=
				RegistrationConstants.STATUS_WAITLISTED) {

			return 0;
		}

		return registrationPersistence.countByCS_S_LtQN(
			registration.getCourseSessionId(),
			RegistrationConstants.STATUS_WAITLISTED,
			registration.getQueueNumber()) + 1;
	}

	/**
	 * A coordinator's e-mail to some of a session's participants: the subject and body as typed (the body is
	 * escaped into the HTML e-mail, never taken as markup), one e-mail each, in the recipient's language.
	 *
	 * @param registrationIds the recipients' registrations, each of this session
	 * @return how many e-mails were sent
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, long senderUserId,
			String subject, String body)
		throws PortalException {

		if (_isBlank(subject)) {
			throw new ParticipantMessageSubjectException(
				"A message to participants needs a subject");
		}

		if (subject.length() > _MESSAGE_SUBJECT_MAX_LENGTH) {
			throw new ParticipantMessageSubjectException(
				"The subject may have at most " + _MESSAGE_SUBJECT_MAX_LENGTH +
					" characters");
		}

		if (MailHeaderText.hasLineBreak(subject)) {
			throw new ParticipantMessageSubjectException(
				"The subject is an e-mail header and must be one line");
		}

		if (_isBlank(body)) {
			throw new ParticipantMessageBodyException(
				"A message to participants needs a text");
		}

		if (body.length() > _MESSAGE_BODY_MAX_LENGTH) {
			throw new ParticipantMessageBodyException(
				"The text may have at most " + _MESSAGE_BODY_MAX_LENGTH +
					" characters");
		}

		if ((registrationIds == null) || (registrationIds.length == 0)) {
			throw new ParticipantMessageRecipientsException(
				"A message to participants needs at least one recipient");
		}

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		List<Registration> registrations = new ArrayList<>();

		for (long registrationId :
				Arrays.stream(
					registrationIds
				).distinct(
				).toArray()) {

			Registration registration =
				registrationPersistence.fetchByPrimaryKey(registrationId);

			if ((registration == null) ||
				(registration.getCourseSessionId() != courseSessionId)) {

				throw new ParticipantMessageRecipientsException(
					"Registration " + registrationId + " is not of session " +
						courseSessionId);
			}

			registrations.add(registration);
		}

		int sent = 0;

		Date now = _now();

		for (Registration registration : registrations) {
			User user = userLocalService.fetchUser(registration.getUserId());

			if ((user == null) || !user.isActive()) {
				continue;
			}

			_participantMessageSender.send(
				courseSession, user, senderUserId, subject, body);

			// The registration's history keeps who was written to, when and about what.

			_registrationEvents.add(
				registration, RegistrationEvents.TYPE_MESSAGED,
				registration.getStatus(), senderUserId, subject, now);

			sent++;
		}

		return sent;
	}

	/**
	 * Moves a person to another session of the same course: the seat or waitlist place in the old session is
	 * given up (and goes to the old session's waitlist, as a cancellation's would), and the person is
	 * registered in the new session, with a seat or on its waitlist as its seats allow. One transaction: when
	 * the new session refuses them, nothing changes in the old one.
	 *
	 * @return the new registration
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration moveRegistration(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws PortalException {

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.UPCOMING_STATUSES);
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
			sourceCourseSession = _seatLock.lock(sourceCourseSessionId);
			targetCourseSession = _seatLock.lock(targetCourseSessionId);
		}
		else {
			targetCourseSession = _seatLock.lock(targetCourseSessionId);
			sourceCourseSession = _seatLock.lock(sourceCourseSessionId);
		}

		if (sourceCourseSession.getCourseId() !=
				targetCourseSession.getCourseId()) {

			throw new MoveRegistrationTargetException(
				"Session " + targetCourseSessionId +
					" is not of the course of session " +
						sourceCourseSessionId);
		}

		Date now = _now();

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

		if (registrationPersistence.fetchByCS_AK(
				targetCourseSessionId, registration.getUserId()) != null) {

			throw new DuplicateRegistrationException(
				"User " + registration.getUserId() +
					" is already registered on session " +
						targetCourseSessionId);
		}

		registration.setCancelledByUserId(actorUserId);
		registration.setCancellationReason(reason);

		_release(
			sourceCourseSession, registration,
			RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_MOVED_TO, actorUserId,
			reason, now);

		// The old registration's notice carries the calendar file's cancellation (METHOD:CANCEL, same UID),
		// so the old dates leave the person's calendar; the new registration sends its own confirmation.

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(
				TrainingNoticeTypes.REGISTRATION_CANCELLED, registration));

		_waitlistPromoter.fillFreeSeats(
			sourceCourseSession, now, actorUserId, "moved/" + registrationId);

		courseSessionPersistence.update(sourceCourseSession);

		Registration newRegistration = _register(
			targetCourseSession, registration.getUserId(), organizationId,
			registration.getMotivation(), registration.getDietaryNeeds(),
			actorUserId, now, false, newRegistrationIds);

		_registrationEvents.add(
			newRegistration, RegistrationEvents.TYPE_MOVED_FROM, 0,
			actorUserId, reason, now);

		return newRegistration;
	}

	/**
	 * Moves a waitlisted person to another place in the session's line, for a reason that is kept with the
	 * registration's history. The others keep their order; the line's queue numbers are dealt out again in
	 * the new order, so positions stay 1..n.
	 *
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public Registration moveWaitlistPosition(
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

		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_WAITLISTED);

		CourseSession courseSession = _seatLock.lock(
			registration.getCourseSessionId());

		// Read the line again under the lock: it is what the others see now.

		registration = registrationPersistence.findByPrimaryKey(registrationId);

		_checkStatus(registration, RegistrationConstants.STATUS_WAITLISTED);

		List<Registration> waitlist = new ArrayList<>(
			registrationPersistence.findByCS_S(
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

		Date now = _now();

		for (int i = 0; i < waitlist.size(); i++) {
			Registration waitlisted = waitlist.get(i);

			long queueNumber = queueNumbers.get(i);

			if (waitlisted.getQueueNumber() == queueNumber) {
				continue;
			}

			waitlisted.setQueueNumber(queueNumber);

			if (waitlisted != moved) {
				waitlisted.setModifiedDate(now);

				registrationPersistence.update(waitlisted);
			}
		}

		moved.setModifiedDate(now);

		moved = registrationPersistence.update(moved);

		_registrationEvents.add(
			moved, RegistrationEvents.TYPE_WAITLIST_MOVED,
			RegistrationConstants.STATUS_WAITLISTED, actorUserId,
			reason, now);

		// The session row is written so a concurrent writer that did not lock it conflicts (MVCC).

		courseSessionPersistence.update(courseSession);

		return moved;
	}

	/**
	 * Gives free seats to the waitlist, e.g. after the seats were raised or a quota was released.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public List<Registration> promoteWaitlist(
			long courseSessionId, long actorUserId, String occasion)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		List<Registration> promoted = _waitlistPromoter.fillFreeSeats(
			courseSession, _now(), actorUserId, occasion);

		if (!promoted.isEmpty()) {
			courseSessionPersistence.update(courseSession);
		}

		return promoted;
	}

	/**
	 * The job's step: deletes the free text people wrote about a participation (motivation, dietary needs,
	 * the manager's comment, the cancellation reason, the comments in its history, the message to each
	 * instructor) a configured number of days after the session ended (GDPR: kept no longer than needed). The
	 * registrations themselves stay for the year's figures.
	 *
	 * @return how many registrations and instructor invitations were cleaned
	 */
	@Override
	public int purgeFreeText() {
		return _freeTextRetention.purge(_now());
	}

	/**
	 * The job's step: reminds the approvers of requests that have waited a day, once per approver.
	 *
	 * @return how many requests were brought up
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int remindApprovers() throws PortalException {
		Date now = _now();

		Date waitedSince = new Date(now.getTime() - TimeUnit.DAYS.toMillis(1));

		int reminded = 0;

		for (Registration registration :
				registrationPersistence.findByS_LtHED(
					RegistrationConstants.STATUS_PENDING_APPROVAL,
					new Date(Long.MAX_VALUE))) {

			if (!registration.getStatusDate(
				).before(
					waitedSince
				)) {

				continue;
			}

			CourseSession courseSession =
				courseSessionPersistence.findByPrimaryKey(
					registration.getCourseSessionId());

			_approvalRequests.request(
				registration, courseSession,
				TrainingNoticeTypes.APPROVAL_REMINDER);

			reminded++;
		}

		return reminded;
	}

	/**
	 * The job's step: reminds confirmed participants the configured number of days before their session,
	 * once each.
	 *
	 * @return how many reminders went out now
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int sendReminders() throws PortalException {
		Date now = _now();

		Map<Long, Integer> reminderDays = new HashMap<>();

		int sent = 0;

		for (CourseSession courseSession :
				courseSessionPersistence.findByS_GtSD(
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
					registrationPersistence.findByCS_S(
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

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private void _cancel(
		CourseSession courseSession, Registration registration,
		long cancelledByUserId, String reason, Date now, String noticeType) {

		registration.setCancelledByUserId(cancelledByUserId);
		registration.setCancellationReason(reason);

		_release(
			courseSession, registration, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, cancelledByUserId, reason, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(noticeType, registration));
	}

	private void _changeStatus(
		Registration registration, int status, String eventType,
		long actorUserId, String comment, Date now) {

		int fromStatus = registration.getStatus();

		registration.setStatus(status);
		registration.setStatusDate(now);
		registration.setModifiedDate(now);
		registration.setCalendarSequence(
			registration.getCalendarSequence() + 1);

		if (!RegistrationConstants.isActive(status)) {
			registration.setActiveKey(-registration.getRegistrationId());
		}

		_registrationEvents.add(
			registration, eventType, fromStatus, actorUserId, comment, now);
	}

	private void _checkStatus(Registration registration, int... statuses)
		throws RegistrationStatusException {

		for (int status : statuses) {
			if (registration.getStatus() == status) {
				return;
			}
		}

		throw new RegistrationStatusException(
			"Registration " + registration.getRegistrationId() + " is " +
				RegistrationConstants.getStatusLabel(registration.getStatus()));
	}

	private long _getActorUserId(ServiceContext serviceContext, long userId) {
		if ((serviceContext != null) && (serviceContext.getUserId() > 0)) {
			return serviceContext.getUserId();
		}

		return userId;
	}

	/**
	 * The acting user's name for the registration's history: the applicant's own when they register themselves,
	 * read now otherwise, before the session's row is locked.
	 */
	private String _getUserName(long actorUserId, Applicant applicant) {
		if (actorUserId == applicant.getUserId()) {
			return applicant.getUser(
			).getFullName();
		}

		User user = userLocalService.fetchUser(actorUserId);

		if (user == null) {
			return null;
		}

		return user.getFullName();
	}

	private boolean _isBlank(String value) {
		if ((value == null) || value.trim(
			).isEmpty()) {

			return true;
		}

		return false;
	}

	private boolean _isUpcoming(int status) {
		for (int upcomingStatus : RegistrationConstants.UPCOMING_STATUSES) {
			if (upcomingStatus == status) {
				return true;
			}
		}

		return false;
	}

	private boolean _isInAudience(
			CourseSession courseSession, Set<Long> audienceOrganizationIds,
			OrganizationMemberships userMemberships)
		throws PortalException {

		Bookability.checkPublished(courseSession);

		return Bookability.isInAudience(
			audienceOrganizationIds, userMemberships);
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	/**
	 * The session as it is, for the checks before its row is locked. The copy is evicted from the Hibernate
	 * session at once, so that the lock reads the row afresh: locking an entity the session already holds makes
	 * Hibernate check its version instead, which fails whenever someone registered in between.
	 */
	private CourseSession _readWithoutLock(long courseSessionId)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		courseSessionPersistence.getCurrentSession(
		).evict(
			CourseSessionImpl.class, courseSessionId
		);

		return courseSession;
	}

	/**
	 * Registers on a session whose row the caller has locked: a coordinator's batch or a move, where the checks
	 * may as well run under the lock the caller holds anyway.
	 */
	private Registration _register(
			CourseSession lockedCourseSession, long userId,
			long organizationId, String motivation, String dietaryNeeds,
			long actorUserId, Date now, boolean checkRegistrationWindow)
		throws PortalException {

		return _register(
			lockedCourseSession, userId, organizationId, motivation,
			dietaryNeeds, actorUserId, now, checkRegistrationWindow,
			_registrationIdReservation.reserve());
	}

	private Registration _register(
			CourseSession lockedCourseSession, long userId,
			long organizationId, String motivation, String dietaryNeeds,
			long actorUserId, Date now, boolean checkRegistrationWindow,
			RegistrationIds registrationIds)
		throws PortalException {

		Applicant applicant = _applicantCheck.check(
			lockedCourseSession, userId, organizationId, motivation,
			dietaryNeeds, now, checkRegistrationWindow);

		return _seatAllocation.allocate(
			lockedCourseSession, applicant,
			_seatLedger.getSessionQuotas(
				lockedCourseSession.getCourseSessionId()),
			registrationIds, actorUserId,
			_getUserName(actorUserId, applicant), now);
	}

	private void _release(
		CourseSession courseSession, Registration registration, int status,
		String eventType, long actorUserId, String comment, Date now) {

		int fromStatus = registration.getStatus();

		if (RegistrationConstants.holdsSeat(fromStatus)) {
			courseSession.setSeatsTaken(courseSession.getSeatsTaken() - 1);
		}
		else if (fromStatus == RegistrationConstants.STATUS_WAITLISTED) {
			courseSession.setWaitlistedCount(
				courseSession.getWaitlistedCount() - 1);
		}

		registration.setHoldExpirationDate(null);

		_changeStatus(
			registration, status, eventType, actorUserId, comment, now);

		registrationPersistence.update(registration);
	}

	private static final int _MESSAGE_BODY_MAX_LENGTH = 10000;

	private static final int _MESSAGE_SUBJECT_MAX_LENGTH = 200;

	@Reference
	private ApplicantCheck _applicantCheck;

	@Reference
	private ApprovalRequests _approvalRequests;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private FreeTextRetention _freeTextRetention;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private ParticipantMessageSender _participantMessageSender;

	@Reference
	private RegistrationEvents _registrationEvents;

	@Reference
	private RegistrationIdReservation _registrationIdReservation;

	@Reference
	private RegistrationListReader _registrationListReader;

	@Reference
	private SeatAllocation _seatAllocation;

	@Reference
	private SeatLedger _seatLedger;

	@Reference
	private SeatLock _seatLock;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

	@Reference
	private WaitlistPromoter _waitlistPromoter;

}
