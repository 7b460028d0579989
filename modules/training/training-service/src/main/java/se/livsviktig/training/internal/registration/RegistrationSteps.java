package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;

import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Builds the registration service's steps from its collaborators, so the service only says which step a call
 * takes. Each step is a new object: they keep no state between calls, and the service's fields are set (by the
 * OSGi runtime, or a unit test) after it is constructed.
 *
 * @author Livsviktig
 */
public final class RegistrationSteps {

	public RegistrationSteps(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence,
		RegistrationEventPersistence registrationEventPersistence,
		AttendancePersistence attendancePersistence,
		UserLocalService userLocalService, ApplicantCheck applicantCheck,
		ApprovalRequests approvalRequests, NoticeDispatcher noticeDispatcher,
		OrganizationTree organizationTree,
		ParticipantMessageSender participantMessageSender,
		RegistrationEvents registrationEvents,
		RegistrationIdReservation registrationIdReservation,
		SeatAllocation seatAllocation, SeatLedger seatLedger,
		SeatLock seatLock, WaitlistPromoter waitlistPromoter, Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_registrationEventPersistence = registrationEventPersistence;
		_attendancePersistence = attendancePersistence;
		_userLocalService = userLocalService;
		_applicantCheck = applicantCheck;
		_approvalRequests = approvalRequests;
		_noticeDispatcher = noticeDispatcher;
		_organizationTree = organizationTree;
		_participantMessageSender = participantMessageSender;
		_registrationEvents = registrationEvents;
		_registrationIdReservation = registrationIdReservation;
		_seatAllocation = seatAllocation;
		_seatLedger = seatLedger;
		_seatLock = seatLock;
		_waitlistPromoter = waitlistPromoter;
		_clock = clock;
	}

	public ApprovalDecisions approvalDecisions() {
		return new ApprovalDecisions(
			_registrationPersistence, registrationTransitions());
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

	public WaitlistLine waitlistLine() {
		return new WaitlistLine(
			_registrationPersistence, registrationTransitions(),
			_registrationEvents);
	}

	private final ApplicantCheck _applicantCheck;
	private final ApprovalRequests _approvalRequests;
	private final AttendancePersistence _attendancePersistence;
	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final OrganizationTree _organizationTree;
	private final ParticipantMessageSender _participantMessageSender;
	private final RegistrationEventPersistence _registrationEventPersistence;
	private final RegistrationEvents _registrationEvents;
	private final RegistrationIdReservation _registrationIdReservation;
	private final RegistrationPersistence _registrationPersistence;
	private final SeatAllocation _seatAllocation;
	private final SeatLedger _seatLedger;
	private final SeatLock _seatLock;
	private final UserLocalService _userLocalService;
	private final WaitlistPromoter _waitlistPromoter;

}
