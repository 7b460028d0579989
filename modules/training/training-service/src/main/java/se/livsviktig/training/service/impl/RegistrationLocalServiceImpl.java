package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.registration.CompletedRegistrationsQuery;
import se.livsviktig.training.internal.registration.RegistrationActor;
import se.livsviktig.training.internal.registration.RegistrationSteps;
import se.livsviktig.training.internal.unit.UnitTrainingQuery;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;
import se.livsviktig.training.service.base.RegistrationLocalServiceBaseImpl;

/**
 * Registrations (anmälningar): the seats, the waitlist, approvals and cancellations of a course session. Each
 * method is where a step's transaction and its {@link Retry} begin; {@link RegistrationSteps} hands it the small
 * class of one job that holds the step's rule. Every change of seats takes the session's row first, so the last
 * seat goes to exactly one person on any number of cluster nodes; a writer that lost an optimistic-lock race on the
 * MVCC-versioned row is retried, reads the new counters and decides again.
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
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration acceptOffer(long registrationId)
		throws PortalException {

		return _steps.seatOffers().accept(registrationId);
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

		return _steps.seatRequest(
		).register(
			userId, courseSessionId, organizationId, motivation, dietaryNeeds,
			RegistrationActor.userId(serviceContext, userId), _steps.now()
		);
	}

	/**
	 * Registers several people at once, all or none: one refused person (not in the audience, already
	 * registered...) and nobody is registered, so the coordinator can correct the list and try again. A
	 * coordinator registers people on a published session also outside its registration window.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public List<Registration> addRegistrations(
			long[] userIds, long courseSessionId, ServiceContext serviceContext)
		throws PortalException {

		CourseSession courseSession = _steps.seatLock().lock(courseSessionId);

		Date now = _steps.now();

		List<Registration> registrations = new ArrayList<>();

		for (long userId : userIds) {
			registrations.add(
				_steps.lockedSessionRegistrar(
				).register(
					courseSession, userId, 0, null, null,
					RegistrationActor.userId(serviceContext, userId), now, false));
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

		return _steps.interestListBooking().book(courseSessionId, userIds);
	}

	/**
	 * The manager approves: the seat the request held becomes the person's.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration approveRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		return _steps.approvalDecisions().approve(
			registrationId, reviewerUserId, comment);
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
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration cancelRegistration(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws PortalException {

		return _steps.registrationCancellation().cancel(
			registrationId, cancelledByUserId, reason, afterDeadlineAllowed);
	}

	/**
	 * Cancels every upcoming registration of a session that is itself cancelled, and tells each person.
	 * Called by the course session service inside its own transaction.
	 */
	@Override
	public List<Registration> cancelCourseSessionRegistrations(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException {

		return _steps.registrationCancellation().cancelAll(
			courseSessionId, cancelledByUserId, reason);
	}

	/**
	 * The manager declines: the request's seat goes to the waitlist.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration declineRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		return _steps.approvalDecisions().decline(
			registrationId, reviewerUserId, comment);
	}

	/**
	 * The person turns down the seat they were offered; it is offered to the next in line.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration declineOffer(long registrationId)
		throws PortalException {

		return _steps.seatOffers().decline(registrationId);
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
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration deleteRegistration(Registration registration)
		throws PortalException {

		return _steps.registrationRemoval().remove(registration);
	}

	/**
	 * Registers the people a coordinator lists (one e-mail address or screen name per line, comma or
	 * semicolon separated columns, the first column counts). Every line is checked first; only when all are
	 * valid, and this is not a dry run, are they all registered. Either way the report says, line by line,
	 * what would happen or did.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public RegistrationImportReport importRegistrations(
			long courseSessionId, String csv, boolean dryRun,
			ServiceContext serviceContext)
		throws PortalException {

		return _steps.registrationListImport(
		).importList(
			courseSessionId, csv, dryRun,
			userIds -> registrationLocalService.addRegistrations(
				userIds, courseSessionId, serviceContext)
		);
	}

	/**
	 * Ends a hold that ran out: an approval nobody gave in time, or an offer nobody accepted. The seat goes
	 * to the waitlist. Does nothing if the registration has moved on, so running the job twice is harmless.
	 *
	 * @return <code>true</code> if the registration expired now
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public boolean expireRegistration(long registrationId)
		throws PortalException {

		return _steps.holdExpiry().expire(registrationId);
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
		return _steps.holdExpiry().expireAll(
			registrationLocalService::expireRegistration);
	}

	/**
	 * Whether the user has, or had, any registration on the session, in whatever state.
	 */
	@Override
	public boolean hasUserRegistration(long userId, long courseSessionId) {
		return registrationPersistence.countByCS_U(courseSessionId, userId) > 0;
	}

	@Override
	public Registration fetchActiveRegistration(
		long userId, long courseSessionId) {

		return registrationPersistence.fetchByCS_AK(courseSessionId, userId);
	}

	/**
	 * The completed registrations of the company's sessions of a training method whose session's last date ended
	 * in [from, to), ordered by registrationId, a page at a time from one statement ({@link
	 * CompletedRegistrationsQuery} says which): what the survey app invites from.
	 *
	 * @param afterRegistrationId the last registrationId of the previous page, 0 for the first
	 * @param size the most rows of the page
	 */
	@Override
	public List<CompletedRegistration> getCompletedRegistrations(
		long companyId, long trainingMethodId, Date from, Date to,
		long afterRegistrationId, int size) {

		return CompletedRegistrationsQuery.ofMethod(
			companyId, trainingMethodId, from, to
		).list(registrationPersistence, afterRegistrationId, size);
	}

	/**
	 * The completed registrations of the chosen sessions of the company, as {@link #getCompletedRegistrations(long,
	 * long, Date, Date, long, int)} gives those of a method; none for no sessions.
	 */
	@Override
	public List<CompletedRegistration> getCompletedRegistrations(
		long companyId, long[] courseSessionIds, Date from, Date to,
		long afterRegistrationId, int size) {

		if (courseSessionIds.length == 0) {
			return new ArrayList<>();
		}

		return CompletedRegistrationsQuery.ofSessions(
			companyId, courseSessionIds, from, to
		).list(registrationPersistence, afterRegistrationId, size);
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

		return UnitTrainingQuery.read(
			registrationPersistence, companyId, organizationIds,
			trainingMethodId);
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
		return _steps.waitlistLine().position(registrationId);
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

		return _steps.participantMessages().send(
			courseSessionId, registrationIds, senderUserId, subject, body);
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
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration moveRegistration(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws PortalException {

		return _steps.registrationMove().move(
			registrationId, targetCourseSessionId, actorUserId, reason);
	}

	/**
	 * Moves a waitlisted person to another place in the session's line, for a reason that is kept with the
	 * registration's history. The others keep their order; the line's queue numbers are dealt out again in
	 * the new order, so positions stay 1..n.
	 *
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration moveWaitlistPosition(
			long registrationId, int newPosition, long actorUserId,
			String reason)
		throws PortalException {

		return _steps.waitlistLine().move(
			registrationId, newPosition, actorUserId, reason);
	}

	/**
	 * Gives free seats to the waitlist, e.g. after the seats were raised or a quota was released.
	 */
	@Override
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public List<Registration> promoteWaitlist(
			long courseSessionId, long actorUserId, String occasion)
		throws PortalException {

		return _steps.waitlistPromotion().promote(
			courseSessionId, actorUserId, occasion);
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
		return _steps.freeTextRetention().purge(_steps.now());
	}

	/**
	 * The job's step: reminds the approvers of requests that have waited a day, once per approver.
	 *
	 * @return how many requests were brought up
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int remindApprovers() throws PortalException {
		return _steps.approverReminders().remind();
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
		return _steps.sessionReminders().send();
	}

	@Reference
	private RegistrationSteps _steps;

}
