/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link NetworkMemberService}.
 *
 * @author Livsviktig
 * @see NetworkMemberService
 * @generated
 */
public class NetworkMemberServiceWrapper
	implements NetworkMemberService, ServiceWrapper<NetworkMemberService> {

	public NetworkMemberServiceWrapper() {
		this(null);
	}

	public NetworkMemberServiceWrapper(
		NetworkMemberService networkMemberService) {

		_networkMemberService = networkMemberService;
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember addNetworkMember(
			long instructorNetworkId, long memberUserId, int role,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberService.addNetworkMember(
			instructorNetworkId, memberUserId, role, serviceContext);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
			getNetworkMembers(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberService.getNetworkMembers(instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _networkMemberService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember removeNetworkMember(
			long networkMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberService.removeNetworkMember(networkMemberId);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberService.updateNetworkMemberRole(
			networkMemberId, role);
	}

	@Override
	public NetworkMemberService getWrappedService() {
		return _networkMemberService;
	}

	@Override
	public void setWrappedService(NetworkMemberService networkMemberService) {
		_networkMemberService = networkMemberService;
	}

	private NetworkMemberService _networkMemberService;

}