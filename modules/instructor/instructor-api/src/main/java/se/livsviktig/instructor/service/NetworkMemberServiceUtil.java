/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.instructor.model.NetworkMember;

/**
 * Provides the remote service utility for NetworkMember. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.NetworkMemberServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see NetworkMemberService
 * @generated
 */
public class NetworkMemberServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMemberServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static NetworkMember addNetworkMember(
			long instructorNetworkId, long memberUserId, int role,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNetworkMember(
			instructorNetworkId, memberUserId, role, serviceContext);
	}

	public static List<NetworkMember> getNetworkMembers(
			long instructorNetworkId)
		throws PortalException {

		return getService().getNetworkMembers(instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static NetworkMember removeNetworkMember(long networkMemberId)
		throws PortalException {

		return getService().removeNetworkMember(networkMemberId);
	}

	public static NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws PortalException {

		return getService().updateNetworkMemberRole(networkMemberId, role);
	}

	public static NetworkMemberService getService() {
		return _service;
	}

	public static void setService(NetworkMemberService service) {
		_service = service;
	}

	private static volatile NetworkMemberService _service;

}