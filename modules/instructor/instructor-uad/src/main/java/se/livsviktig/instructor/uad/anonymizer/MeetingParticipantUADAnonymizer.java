/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * Anonymises a meeting invitation according to whose it is. The invited person's own invitation, with their answer
 * and attendance, is deleted rather than kept under the anonymous user: the unique (meeting, participant) index
 * would refuse the second erased person of the same meeting, the anonymous user would be told of the meeting's
 * changes and cancellation, and an answer nobody gave tells the network nothing. The past meeting keeps its notes;
 * its head count is one less. The coordinator who invited someone else or marked their attendance is replaced by
 * the anonymous user, and the invitation keeps the member's answer and attendance: they are the member's record,
 * not the coordinator's.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class MeetingParticipantUADAnonymizer
	extends BaseMeetingParticipantUADAnonymizer {

	@Override
	public void autoAnonymize(
			MeetingParticipant meetingParticipant, long userId,
			User anonymousUser)
		throws PortalException {

		if (meetingParticipant.getParticipantUserId() == userId) {
			delete(meetingParticipant);

			return;
		}

		super.autoAnonymize(meetingParticipant, userId, anonymousUser);
	}

}
