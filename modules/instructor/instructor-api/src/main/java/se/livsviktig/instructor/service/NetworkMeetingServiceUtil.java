/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Provides the remote service utility for NetworkMeeting. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.NetworkMeetingServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see NetworkMeetingService
 * @generated
 */
public class NetworkMeetingServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMeetingServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static NetworkMeeting addNetworkMeeting(
			long instructorNetworkId, String title, java.util.Date startDate,
			java.util.Date endDate, String place, String onlineLink,
			String agenda,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNetworkMeeting(
			instructorNetworkId, title, startDate, endDate, place, onlineLink,
			agenda, serviceContext);
	}

	public static NetworkMeeting cancelNetworkMeeting(long networkMeetingId)
		throws PortalException {

		return getService().cancelNetworkMeeting(networkMeetingId);
	}

	public static NetworkMeeting getNetworkMeeting(long networkMeetingId)
		throws PortalException {

		return getService().getNetworkMeeting(networkMeetingId);
	}

	public static List<NetworkMeeting> getNetworkMeetings(
			long instructorNetworkId)
		throws PortalException {

		return getService().getNetworkMeetings(instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static NetworkMeeting updateNetworkMeeting(
			long networkMeetingId, String title, java.util.Date startDate,
			java.util.Date endDate, String place, String onlineLink,
			String agenda)
		throws PortalException {

		return getService().updateNetworkMeeting(
			networkMeetingId, title, startDate, endDate, place, onlineLink,
			agenda);
	}

	public static NetworkMeeting updateNetworkMeetingNotes(
			long networkMeetingId, String notes)
		throws PortalException {

		return getService().updateNetworkMeetingNotes(networkMeetingId, notes);
	}

	public static NetworkMeetingService getService() {
		return _service;
	}

	public static void setService(NetworkMeetingService service) {
		_service = service;
	}

	private static volatile NetworkMeetingService _service;

}