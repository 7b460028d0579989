/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.model.Registration;

/**
 * Anonymises a person's registrations so the year's figures survive: organisation, method, session and state
 * stay; the person, and whatever they or others wrote about them, go.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class RegistrationUADAnonymizer extends BaseRegistrationUADAnonymizer {

	@Override
	public void autoAnonymize(
			Registration registration, long userId, User anonymousUser)
		throws PortalException {

		if (registration.getUserId() == userId) {
			registration.setMotivation(null);
			registration.setDietaryNeeds(null);
			registration.setReviewComment(null);
			registration.setCancellationReason(null);

			// The active key holds the user ID while the registration is active. Keep it unique per session
			// without keeping the person: the negated primary key can never be a user ID.

			if (registration.getActiveKey() == userId) {
				registration.setActiveKey(-registration.getRegistrationId());
			}
		}

		super.autoAnonymize(registration, userId, anonymousUser);
	}

}
