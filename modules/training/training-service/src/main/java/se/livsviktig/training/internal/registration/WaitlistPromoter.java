package se.livsviktig.training.internal.registration;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Gives free seats to the waitlist, first come first served: at once, or as a time-limited offer when the
 * session says so. Someone whose administration may not use the free seat (it is reserved for another) keeps
 * their place and the next in line gets it. Too close to the start, nobody is moved up and the coordinator
 * is told about the free seat instead.
 *
 * <p>
 * Runs inside the caller's transaction and changes the session's counters in memory; the caller saves the
 * session once, which is the optimistic-lock check that keeps concurrent changes from overbooking it.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = WaitlistPromoter.class)
public class WaitlistPromoter {

	/**
	 * @param occasion what freed the seats, so the coordinator hears once per occasion
	 * @return the registrations given a seat or an offer
	 */
	public List<Registration> fillFreeSeats(
		CourseSession courseSession, Date now, long actorUserId,
		String occasion) {

		List<Registration> promoted = new ArrayList<>();

		if ((courseSession.getStatus() !=
				CourseSessionConstants.STATUS_PUBLISHED) ||
			(courseSession.getSeatsTaken() >= courseSession.getSeats())) {

			return promoted;
		}

		List<Registration> waitlisted = _registrationPersistence.findByCS_S(
			courseSession.getCourseSessionId(),
			new int[] {RegistrationConstants.STATUS_WAITLISTED});

		if (waitlisted.isEmpty()) {
			return promoted;
		}

		TrainingCompanyConfiguration trainingCompanyConfiguration =
			_trainingCompanySettings.get(courseSession.getCompanyId());

		if (isTooLateToPromote(
				courseSession, now,
				trainingCompanyConfiguration.promotionLeadTimeHours())) {

			if (courseSession.getCoordinatorUserId() > 0) {
				_noticeDispatcher.dispatchAfterCommit(
					Notice.forSession(
						TrainingNoticeTypes.PROMOTION_STOPPED, courseSession,
						courseSession.getCoordinatorUserId(), occasion));
			}

			return promoted;
		}

		// Counts per administration must see this transaction's changes

		_registrationPersistence.flush();

		SeatAvailability seatAvailability = _seatLedger.getSeatAvailability(
			courseSession, now);

		for (Registration registration : waitlisted) {
			if (courseSession.getSeatsTaken() >= courseSession.getSeats()) {
				break;
			}

			if (!seatAvailability.hasSeatFor(registration.getOrganizationId())) {
				continue;
			}

			_promote(
				courseSession, registration, now, actorUserId,
				trainingCompanyConfiguration);

			courseSession.setSeatsTaken(courseSession.getSeatsTaken() + 1);
			courseSession.setWaitlistedCount(
				courseSession.getWaitlistedCount() - 1);

			seatAvailability.seatTakenBy(registration.getOrganizationId());

			promoted.add(registration);
		}

		return promoted;
	}

	public boolean isTooLateToPromote(
		CourseSession courseSession, Date now, int promotionLeadTimeHours) {

		if (courseSession.getStartDate() == null) {
			return false;
		}

		long lastPromotionTime =
			courseSession.getStartDate(
			).getTime() - TimeUnit.HOURS.toMillis(promotionLeadTimeHours);

		if (now.getTime() >= lastPromotionTime) {
			return true;
		}

		return false;
	}

	private void _promote(
		CourseSession courseSession, Registration registration, Date now,
		long actorUserId,
		TrainingCompanyConfiguration trainingCompanyConfiguration) {

		int fromStatus = registration.getStatus();

		if (courseSession.getWaitlistMode() ==
				CourseSessionConstants.WAITLIST_MODE_OFFER) {

			int offerHours = courseSession.getOfferHours();

			if (offerHours <= 0) {
				offerHours = trainingCompanyConfiguration.offerHours();
			}

			registration.setStatus(RegistrationConstants.STATUS_OFFERED);
			registration.setHoldExpirationDate(
				new Date(now.getTime() + TimeUnit.HOURS.toMillis(offerHours)));
		}
		else if (courseSession.isApprovalRequired()) {
			registration.setStatus(
				RegistrationConstants.STATUS_PENDING_APPROVAL);
			registration.setHoldExpirationDate(
				new Date(
					now.getTime() +
						TimeUnit.DAYS.toMillis(
							trainingCompanyConfiguration.approvalHoldDays())));
		}
		else {
			registration.setStatus(RegistrationConstants.STATUS_CONFIRMED);
			registration.setHoldExpirationDate(null);
		}

		registration.setStatusDate(now);
		registration.setModifiedDate(now);
		registration.setCalendarSequence(
			registration.getCalendarSequence() + 1);

		_registrationPersistence.update(registration);

		if (registration.getStatus() == RegistrationConstants.STATUS_OFFERED) {
			_registrationEvents.add(
				registration, RegistrationEvents.TYPE_OFFERED, fromStatus,
				actorUserId, null, now);

			_noticeDispatcher.dispatchAfterCommit(
				Notice.forRegistration(TrainingNoticeTypes.OFFER, registration));

			return;
		}

		_registrationEvents.add(
			registration, RegistrationEvents.TYPE_PROMOTED, fromStatus,
			actorUserId, null, now);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forRegistration(TrainingNoticeTypes.PROMOTED, registration));

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_PENDING_APPROVAL) {

			_approvalRequests.requestApproval(registration, courseSession);
		}
	}

	@Reference
	private ApprovalRequests _approvalRequests;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private RegistrationEvents _registrationEvents;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SeatLedger _seatLedger;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
