/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.DynamicQueryUADAnonymizer;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.uad.constants.InstructorNoticeUADFields;

/**
 * Deletes the record of the notices sent to a person. A row only says that a notice of a kind went to them about
 * one of their certifications, so that it goes once; kept under the anonymous user it would still tie that user
 * to the certification, and with the person gone nothing is sent to them again. Deleting a certification deletes
 * its notices already; this covers the person's notices whichever type the erasure screen handles first.
 *
 * <p>
 * Written by hand: Service Builder generates UAD classes only for an entity with a column to anonymise or keep
 * (uad-anonymize-field-name, uad-nonanonymizable), and a notice row has neither, only the recipient's id.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class InstructorNoticeUADAnonymizer
	extends DynamicQueryUADAnonymizer<InstructorNotice> {

	@Override
	public void autoAnonymize(
			InstructorNotice instructorNotice, long userId, User anonymousUser)
		throws PortalException {

		if (instructorNotice.getUserId() == userId) {
			delete(instructorNotice);
		}
	}

	@Override
	public void delete(InstructorNotice instructorNotice) {
		_instructorNoticeLocalService.deleteInstructorNotice(instructorNotice);
	}

	@Override
	public Class<InstructorNotice> getTypeClass() {
		return InstructorNotice.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _instructorNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return InstructorNoticeUADFields.USER_ID_FIELD_NAMES;
	}

	@Reference
	private InstructorNoticeLocalService _instructorNoticeLocalService;

}
