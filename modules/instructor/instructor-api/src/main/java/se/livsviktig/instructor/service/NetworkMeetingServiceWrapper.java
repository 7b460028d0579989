/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link NetworkMeetingService}.
 *
 * @author Livsviktig
 * @see NetworkMeetingService
 * @generated
 */
public class NetworkMeetingServiceWrapper
	implements NetworkMeetingService, ServiceWrapper<NetworkMeetingService> {

	public NetworkMeetingServiceWrapper() {
		this(null);
	}

	public NetworkMeetingServiceWrapper(
		NetworkMeetingService networkMeetingService) {

		_networkMeetingService = networkMeetingService;
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting addNetworkMeeting(
			long instructorNetworkId, String title, java.util.Date startDate,
			java.util.Date endDate, String place, String onlineLink,
			String agenda,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.addNetworkMeeting(
			instructorNetworkId, title, startDate, endDate, place, onlineLink,
			agenda, serviceContext);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting cancelNetworkMeeting(
			long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.cancelNetworkMeeting(networkMeetingId);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting getNetworkMeeting(
			long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.getNetworkMeeting(networkMeetingId);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
			getNetworkMeetings(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.getNetworkMeetings(instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _networkMeetingService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting updateNetworkMeeting(
			long networkMeetingId, String title, java.util.Date startDate,
			java.util.Date endDate, String place, String onlineLink,
			String agenda)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.updateNetworkMeeting(
			networkMeetingId, title, startDate, endDate, place, onlineLink,
			agenda);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting
			updateNetworkMeetingNotes(long networkMeetingId, String notes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingService.updateNetworkMeetingNotes(
			networkMeetingId, notes);
	}

	@Override
	public NetworkMeetingService getWrappedService() {
		return _networkMeetingService;
	}

	@Override
	public void setWrappedService(NetworkMeetingService networkMeetingService) {
		_networkMeetingService = networkMeetingService;
	}

	private NetworkMeetingService _networkMeetingService;

}