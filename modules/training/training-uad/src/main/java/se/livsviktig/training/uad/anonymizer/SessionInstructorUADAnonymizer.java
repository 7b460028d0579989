/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.model.SessionInstructor;

/**
 * Anonymises an instructor invitation. The coordinator's message is free text between two people; whichever
 * of them is anonymised, it goes, as a participant's free text does.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class SessionInstructorUADAnonymizer
	extends BaseSessionInstructorUADAnonymizer {

	@Override
	public void autoAnonymize(
			SessionInstructor sessionInstructor, long userId,
			User anonymousUser)
		throws PortalException {

		if ((sessionInstructor.getUserId() == userId) ||
			(sessionInstructor.getInstructorUserId() == userId)) {

			sessionInstructor.setMessage(null);
		}

		super.autoAnonymize(sessionInstructor, userId, anonymousUser);
	}

}
