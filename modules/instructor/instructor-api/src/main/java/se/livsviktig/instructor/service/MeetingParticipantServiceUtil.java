/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * Provides the remote service utility for MeetingParticipant. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.MeetingParticipantServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see MeetingParticipantService
 * @generated
 */
public class MeetingParticipantServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.MeetingParticipantServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The caller's own answer: nobody answers for someone else.
	 */
	public static MeetingParticipant answerNetworkMeeting(
			long networkMeetingId, int answer)
		throws PortalException {

		return getService().answerNetworkMeeting(networkMeetingId, answer);
	}

	public static List<MeetingParticipant> getMeetingParticipants(
			long networkMeetingId)
		throws PortalException {

		return getService().getMeetingParticipants(networkMeetingId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static MeetingParticipant markNetworkMeetingAttendance(
			long networkMeetingId, long participantUserId, int attendance)
		throws PortalException {

		return getService().markNetworkMeetingAttendance(
			networkMeetingId, participantUserId, attendance);
	}

	public static MeetingParticipantService getService() {
		return _service;
	}

	public static void setService(MeetingParticipantService service) {
		_service = service;
	}

	private static volatile MeetingParticipantService _service;

}