package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.privacy.FreeTextRetention;
import se.livsviktig.training.internal.reminder.ApproverReminders;
import se.livsviktig.training.internal.reminder.SessionReminders;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Builds the registration service's steps from their collaborators, so the service only says which step a call
 * takes and where its transaction and retry begin, and holds none of the collaborators itself. Each step is a new
 * object: they keep no state between calls. The clock is here too, so every step of a call and the service read
 * the same one (a unit test fixes it).
 *
 * @author Livsviktig
 */
@Component(service = RegistrationSteps.class)
public class RegistrationSteps {

	public ApprovalDecisions approvalDecisions() {
		return new ApprovalDecisions(
			_registrationPersistence, registrationTransitions());
	}

	public ApproverReminders approverReminders() {
		return new ApproverReminders(
			_registrationPersistence, _courseSessionPersistence,
			_approvalRequests, _clock);
	}

	public FreeTextRetention freeTextRetention() {
		return _freeTextRetention;
	}

	public HoldExpiry holdExpiry() {
		return new HoldExpiry(
			_registrationPersistence, registrationTransitions());
	}

	public InterestListBooking interestListBooking() {
		return new InterestListBooking(
			_seatLock, _applicantCheck, _userLocalService,
			_registrationPersistence, _organizationTree,
			lockedSessionRegistrar(), _clock);
	}

	public LockedSessionRegistrar lockedSessionRegistrar() {
		return new LockedSessionRegistrar(
			_applicantCheck, _seatAllocation, _seatLedger,
			_registrationIdReservation, _userLocalService);
	}

	public Date now() {
		return Date.from(_clock.instant());
	}

	public ParticipantMessages participantMessages() {
		return new ParticipantMessages(
			_registrationPersistence, _courseSessionPersistence,
			_userLocalService, _participantMessageSender, _registrationEvents,
			_clock);
	}

	public RegistrationCancellation registrationCancellation() {
		return new RegistrationCancellation(
			_registrationPersistence, registrationTransitions());
	}

	public RegistrationListImport registrationListImport() {
		return new RegistrationListImport(
			_seatLock, _registrationListReader, _applicantCheck);
	}

	public RegistrationMove registrationMove() {
		return new RegistrationMove(
			_registrationPersistence, registrationTransitions(),
			_registrationIdReservation, _applicantCheck, _organizationTree,
			lockedSessionRegistrar(), _registrationEvents);
	}

	public RegistrationRemoval registrationRemoval() {
		return new RegistrationRemoval(
			_registrationPersistence, _courseSessionPersistence,
			_registrationEventPersistence, _attendancePersistence,
			_waitlistPromoter, _clock);
	}

	public RegistrationTransitions registrationTransitions() {
		return new RegistrationTransitions(
			_registrationPersistence, _courseSessionPersistence,
			_registrationEvents, _seatLock, _noticeDispatcher,
			_waitlistPromoter, _clock);
	}

	public SeatLock seatLock() {
		return _seatLock;
	}

	public SeatOffers seatOffers() {
		return new SeatOffers(
			_registrationPersistence, registrationTransitions(),
			_seatAllocation, _approvalRequests);
	}

	public SeatRequest seatRequest() {
		return new SeatRequest(
			_registrationIdReservation, _applicantCheck, _seatLock,
			_seatLedger, _seatAllocation, lockedSessionRegistrar());
	}

	public SessionReminders sessionReminders() {
		return new SessionReminders(
			_courseSessionPersistence, _registrationPersistence,
			_trainingCompanySettings, _noticeDispatcher, _clock);
	}

	public WaitlistLine waitlistLine() {
		return new WaitlistLine(
			_registrationPersistence, registrationTransitions(),
			_registrationEvents);
	}

	public WaitlistPromotion waitlistPromotion() {
		return new WaitlistPromotion(
			_seatLock, _waitlistPromoter, _courseSessionPersistence, _clock);
	}

	@Reference
	private ApplicantCheck _applicantCheck;

	@Reference
	private ApprovalRequests _approvalRequests;

	@Reference
	private AttendancePersistence _attendancePersistence;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseSessionPersistence _courseSessionPersistence;

	@Reference
	private FreeTextRetention _freeTextRetention;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private ParticipantMessageSender _participantMessageSender;

	@Reference
	private RegistrationEventPersistence _registrationEventPersistence;

	@Reference
	private RegistrationEvents _registrationEvents;

	@Reference
	private RegistrationIdReservation _registrationIdReservation;

	@Reference
	private RegistrationListReader _registrationListReader;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SeatAllocation _seatAllocation;

	@Reference
	private SeatLedger _seatLedger;

	@Reference
	private SeatLock _seatLock;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private WaitlistPromoter _waitlistPromoter;

}
