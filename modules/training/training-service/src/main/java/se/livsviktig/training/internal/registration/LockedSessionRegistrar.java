package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;

/**
 * Registers a person on a session whose row the caller has locked already: a coordinator's batch, the interest
 * list's booking, a move. There the applicant's checks may as well run under the lock the caller holds anyway;
 * a person's own registration checks first and locks only for the seat ({@link SeatAllocation}).
 *
 * @author Livsviktig
 */
public final class LockedSessionRegistrar {

	public LockedSessionRegistrar(
		ApplicantCheck applicantCheck, SeatAllocation seatAllocation,
		SeatLedger seatLedger,
		RegistrationIdReservation registrationIdReservation,
		UserLocalService userLocalService) {

		_applicantCheck = applicantCheck;
		_seatAllocation = seatAllocation;
		_seatLedger = seatLedger;
		_registrationIdReservation = registrationIdReservation;
		_userLocalService = userLocalService;
	}

	/**
	 * The acting user's name for the registration's history: the applicant's own when they register themselves,
	 * read now otherwise, before the session's row is locked.
	 */
	public String getActorUserName(long actorUserId, Applicant applicant) {
		if (actorUserId == applicant.getUserId()) {
			return applicant.getUser(
			).getFullName();
		}

		User user = _userLocalService.fetchUser(actorUserId);

		if (user == null) {
			return null;
		}

		return user.getFullName();
	}

	public Registration register(
			CourseSession lockedCourseSession, long userId,
			long organizationId, String motivation, String dietaryNeeds,
			long actorUserId, Date now, boolean checkRegistrationWindow)
		throws PortalException {

		return register(
			lockedCourseSession, userId, organizationId, motivation,
			dietaryNeeds, actorUserId, now, checkRegistrationWindow,
			_registrationIdReservation.reserve());
	}

	/**
	 * @param registrationIds the ids reserved before the caller took the lock
	 */
	public Registration register(
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
			getActorUserName(actorUserId, applicant), now);
	}

	private final ApplicantCheck _applicantCheck;
	private final RegistrationIdReservation _registrationIdReservation;
	private final SeatAllocation _seatAllocation;
	private final SeatLedger _seatLedger;
	private final UserLocalService _userLocalService;

}
