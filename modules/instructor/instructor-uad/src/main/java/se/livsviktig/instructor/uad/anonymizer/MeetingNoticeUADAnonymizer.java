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

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.uad.constants.MeetingNoticeUADFields;

/**
 * Deletes the record of the meeting notices sent to a person. A row only says that an invitation, change or
 * cancellation of a meeting went to them, so that it goes once; kept under the anonymous user it would still tie
 * that user to the meeting, and with the person gone nothing is sent to them again.
 *
 * <p>
 * Written by hand: Service Builder generates UAD classes only for an entity with a column to anonymise or keep
 * (uad-anonymize-field-name, uad-nonanonymizable), and a meeting notice row has neither, only the recipient's id.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class MeetingNoticeUADAnonymizer
	extends DynamicQueryUADAnonymizer<MeetingNotice> {

	@Override
	public void autoAnonymize(
			MeetingNotice meetingNotice, long userId, User anonymousUser)
		throws PortalException {

		if (meetingNotice.getUserId() == userId) {
			delete(meetingNotice);
		}
	}

	@Override
	public void delete(MeetingNotice meetingNotice) {
		_meetingNoticeLocalService.deleteMeetingNotice(meetingNotice);
	}

	@Override
	public Class<MeetingNotice> getTypeClass() {
		return MeetingNotice.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _meetingNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return MeetingNoticeUADFields.USER_ID_FIELD_NAMES;
	}

	@Reference
	private MeetingNoticeLocalService _meetingNoticeLocalService;

}
