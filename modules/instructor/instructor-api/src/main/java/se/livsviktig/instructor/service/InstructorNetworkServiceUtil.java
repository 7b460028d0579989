/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.instructor.model.InstructorNetwork;

/**
 * Provides the remote service utility for InstructorNetwork. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.InstructorNetworkServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see InstructorNetworkService
 * @generated
 */
public class InstructorNetworkServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorNetworkServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static InstructorNetwork addInstructorNetwork(
			long groupId, String name, String description,
			long[] trainingMethodIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addInstructorNetwork(
			groupId, name, description, trainingMethodIds, serviceContext);
	}

	/**
	 * Deleting takes a grant of DELETE on the network (its owner has it): being a coordinator is not enough.
	 */
	public static InstructorNetwork deleteInstructorNetwork(
			long instructorNetworkId)
		throws PortalException {

		return getService().deleteInstructorNetwork(instructorNetworkId);
	}

	/**
	 * @return the site's networks the caller may view
	 */
	public static List<InstructorNetwork> getGroupInstructorNetworks(
			long groupId)
		throws PortalException {

		return getService().getGroupInstructorNetworks(groupId);
	}

	public static InstructorNetwork getInstructorNetwork(
			long instructorNetworkId)
		throws PortalException {

		return getService().getInstructorNetwork(instructorNetworkId);
	}

	public static List<se.livsviktig.instructor.network.NetworkDirectoryEntry>
			getNetworkDirectory(long instructorNetworkId)
		throws PortalException {

		return getService().getNetworkDirectory(instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static InstructorNetwork updateInstructorNetwork(
			long instructorNetworkId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException {

		return getService().updateInstructorNetwork(
			instructorNetworkId, name, description, trainingMethodIds);
	}

	public static InstructorNetworkService getService() {
		return _service;
	}

	public static void setService(InstructorNetworkService service) {
		_service = service;
	}

	private static volatile InstructorNetworkService _service;

}