/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.anonymizer;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import java.time.Clock;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationEventLocalService;

/**
 * Anonymises a person's registrations so the year's figures survive: organisation, method, session and state
 * stay; the person, and whatever they or others wrote about them, go, in the registration and in its history.
 * A seat the person still holds or waits for on a session that has not ended is cancelled first, through the
 * registration service, so it goes to the first in line instead of staying taken by the anonymous user.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class RegistrationUADAnonymizer extends BaseRegistrationUADAnonymizer {

	@Override
	public void autoAnonymize(
			Registration registration, long userId, User anonymousUser)
		throws PortalException {

		// Read again: anonymising an earlier registration of the person gave this row a new participant key, and
		// the copy the UAD framework loaded before that would fail on its MVCC version.

		Registration current = registrationLocalService.fetchRegistration(
			registration.getRegistrationId());

		if (current != null) {
			registration = current;
		}

		if (registration.getUserId() == userId) {
			registration = _cancelUpcomingSeat(registration, anonymousUser);

			registration.setMotivation(null);
			registration.setDietaryNeeds(null);
			registration.setReviewComment(null);
			registration.setCancellationReason(null);

			_eraseHistoryComments(registration);

			// The active key holds the user ID while the registration is active. Keep it unique per session
			// without keeping the person: the negated primary key can never be a user ID.

			if (registration.getActiveKey() == userId) {
				registration.setActiveKey(-registration.getRegistrationId());
			}

			if (registration.getParticipantKey() == userId) {
				_giveParticipantKeyOfTheirOwn(registration, userId);
			}
		}

		super.autoAnonymize(registration, userId, anonymousUser);
	}

	/**
	 * The reason a cancellation after the deadline requires. It says nothing about the person, and it is
	 * erased with the rest of the registration's free text in the same step.
	 */
	protected static final String CANCELLATION_REASON = "GDPR";

	/**
	 * Every status a registration can have: the person's registrations, whatever became of them.
	 */
	protected static final int[] ALL_STATUSES = {
		RegistrationConstants.STATUS_PENDING_APPROVAL,
		RegistrationConstants.STATUS_CONFIRMED,
		RegistrationConstants.STATUS_WAITLISTED,
		RegistrationConstants.STATUS_OFFERED,
		RegistrationConstants.STATUS_CANCELLED,
		RegistrationConstants.STATUS_DECLINED,
		RegistrationConstants.STATUS_EXPIRED,
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_NOT_COMPLETED,
		RegistrationConstants.STATUS_NO_SHOW
	};

	private Registration _cancelUpcomingSeat(
			Registration registration, User anonymousUser)
		throws PortalException {

		if (!_isUpcoming(registration.getStatus())) {
			return registration;
		}

		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(
				registration.getCourseSessionId());

		// A seat on a session that has ended is part of what happened; it stays for the year's figures.

		if ((courseSession != null) && (courseSession.getEndDate() != null) &&
			!courseSession.getEndDate(
			).after(
				Date.from(_clock.instant())
			)) {

			return registration;
		}

		// The anonymous user cancels, so the new event of the registration's history names nobody.

		registrationLocalService.cancelRegistration(
			registration.getRegistrationId(), anonymousUser.getUserId(),
			CANCELLATION_REASON, true);

		// Read again: the cancellation changed the row (and its MVCC version) underneath this copy.

		return registrationLocalService.getRegistration(
			registration.getRegistrationId());
	}

	/**
	 * Distinct participants are counted over the participant key. The user ID goes to the one anonymous user, so
	 * the person's registrations get a key of their own instead, all of them the same one (so the person still
	 * counts once) and none of them a user ID (negated primary key of the first one anonymised): the figures stay
	 * as they were, and the key no longer leads to the person.
	 */
	private void _giveParticipantKeyOfTheirOwn(
		Registration registration, long userId) {

		long participantKey = -registration.getRegistrationId();

		for (Registration userRegistration :
				registrationLocalService.getUserRegistrations(
					userId, ALL_STATUSES, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			if ((userRegistration.getRegistrationId() ==
					registration.getRegistrationId()) ||
				(userRegistration.getParticipantKey() != userId)) {

				continue;
			}

			userRegistration.setParticipantKey(participantKey);

			registrationLocalService.updateRegistration(userRegistration);
		}

		registration.setParticipantKey(participantKey);
	}

	private void _eraseHistoryComments(Registration registration) {
		for (RegistrationEvent registrationEvent :
				_registrationEventLocalService.getRegistrationEvents(
					registration.getRegistrationId())) {

			if (Validator.isNull(registrationEvent.getComment())) {
				continue;
			}

			registrationEvent.setComment(null);

			_registrationEventLocalService.updateRegistrationEvent(
				registrationEvent);
		}
	}

	private boolean _isUpcoming(int status) {
		for (int upcomingStatus : RegistrationConstants.UPCOMING_STATUSES) {
			if (upcomingStatus == status) {
				return true;
			}
		}

		return false;
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private RegistrationEventLocalService _registrationEventLocalService;

}
