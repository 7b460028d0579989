/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.base.MeetingParticipantServiceBaseImpl;

/**
 * Meeting invitations for callers the portal has authenticated: a person answers their own invitation to a meeting
 * they may view; whoever may update the meeting (its network's coordinators) marks attendance and sees everyone's
 * answers.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvinstructor",
		"json.web.service.context.path=MeetingParticipant"
	},
	service = AopService.class
)
public class MeetingParticipantServiceImpl
	extends MeetingParticipantServiceBaseImpl {

	/**
	 * The caller's own answer: nobody answers for someone else.
	 */
	@Override
	public MeetingParticipant answerNetworkMeeting(
			long networkMeetingId, int answer)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.VIEW);

		return meetingParticipantLocalService.answerNetworkMeeting(
			getUserId(), networkMeetingId, answer);
	}

	@Override
	public List<MeetingParticipant> getMeetingParticipants(
			long networkMeetingId)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.UPDATE);

		return meetingParticipantLocalService.getMeetingParticipants(
			networkMeetingId);
	}

	@Override
	public MeetingParticipant markNetworkMeetingAttendance(
			long networkMeetingId, long participantUserId, int attendance)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.UPDATE);

		return meetingParticipantLocalService.markNetworkMeetingAttendance(
			getUserId(), networkMeetingId, participantUserId, attendance);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.NetworkMeeting)"
	)
	private ModelResourcePermission<NetworkMeeting>
		_networkMeetingModelResourcePermission;

}
