/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link MeetingParticipantService}.
 *
 * @author Livsviktig
 * @see MeetingParticipantService
 * @generated
 */
public class MeetingParticipantServiceWrapper
	implements MeetingParticipantService,
			   ServiceWrapper<MeetingParticipantService> {

	public MeetingParticipantServiceWrapper() {
		this(null);
	}

	public MeetingParticipantServiceWrapper(
		MeetingParticipantService meetingParticipantService) {

		_meetingParticipantService = meetingParticipantService;
	}

	/**
	 * The caller's own answer: nobody answers for someone else.
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			answerNetworkMeeting(long networkMeetingId, int answer)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantService.answerNetworkMeeting(
			networkMeetingId, answer);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
			getMeetingParticipants(long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantService.getMeetingParticipants(
			networkMeetingId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _meetingParticipantService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			markNetworkMeetingAttendance(
				long networkMeetingId, long participantUserId, int attendance)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantService.markNetworkMeetingAttendance(
			networkMeetingId, participantUserId, attendance);
	}

	@Override
	public MeetingParticipantService getWrappedService() {
		return _meetingParticipantService;
	}

	@Override
	public void setWrappedService(
		MeetingParticipantService meetingParticipantService) {

		_meetingParticipantService = meetingParticipantService;
	}

	private MeetingParticipantService _meetingParticipantService;

}