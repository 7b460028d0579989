package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Books the people on a course's interest list on its newly published session, in list order, when the
 * coordinator chose automatic booking. Someone who cannot be booked (gone, not in the audience, already
 * registered) is skipped, not refused, so the caller can tell them instead.
 *
 * @author Livsviktig
 */
public final class InterestListBooking {

	public InterestListBooking(
		SeatLock seatLock, ApplicantCheck applicantCheck,
		UserLocalService userLocalService,
		RegistrationPersistence registrationPersistence,
		OrganizationTree organizationTree,
		LockedSessionRegistrar lockedSessionRegistrar, Clock clock) {

		_seatLock = seatLock;
		_applicantCheck = applicantCheck;
		_userLocalService = userLocalService;
		_registrationPersistence = registrationPersistence;
		_organizationTree = organizationTree;
		_lockedSessionRegistrar = lockedSessionRegistrar;
		_clock = clock;
	}

	/**
	 * @return the users booked, with a seat or on the waitlist
	 */
	public List<Long> book(long courseSessionId, long[] userIds)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Set<Long> audienceOrganizationIds = _applicantCheck.getAudienceOrganizationIds(
			courseSessionId);

		Date now = Date.from(_clock.instant());

		List<Long> bookedUserIds = new ArrayList<>();

		for (long userId : userIds) {
			User user = _userLocalService.fetchUser(userId);

			if ((user == null) || !user.isActive() ||
				(_registrationPersistence.fetchByCS_AK(courseSessionId, userId) !=
					null) ||
				!Bookability.isInAudience(
					audienceOrganizationIds,
					_organizationTree.getMemberships(userId))) {

				continue;
			}

			_lockedSessionRegistrar.register(
				courseSession, userId, 0, null, null, userId, now, false);

			bookedUserIds.add(userId);
		}

		return bookedUserIds;
	}

	private final ApplicantCheck _applicantCheck;
	private final Clock _clock;
	private final LockedSessionRegistrar _lockedSessionRegistrar;
	private final OrganizationTree _organizationTree;
	private final RegistrationPersistence _registrationPersistence;
	private final SeatLock _seatLock;
	private final UserLocalService _userLocalService;

}
