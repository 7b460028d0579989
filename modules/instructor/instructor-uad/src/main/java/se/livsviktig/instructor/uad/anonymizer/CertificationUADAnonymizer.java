/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.Certification;

/**
 * Anonymises a certification according to whose it is. A holder's certifications are deleted: a licence is a fact
 * about one person, and one handed to the anonymous user would make that user a certified instructor whom the
 * staffing check lets through and the directory lists. The year's figures do not need them; sessions delivered
 * come from training's session instructors, which training-uad keeps without the person. The coordinator who
 * entered a certification, or revoked it, is replaced by the anonymous user and the row stays, with its reason:
 * it is the holder's record, not the coordinator's.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class CertificationUADAnonymizer extends BaseCertificationUADAnonymizer {

	@Override
	public void autoAnonymize(
			Certification certification, long userId, User anonymousUser)
		throws PortalException {

		if (certification.getHolderUserId() == userId) {
			delete(certification);

			return;
		}

		super.autoAnonymize(certification, userId, anonymousUser);
	}

}
