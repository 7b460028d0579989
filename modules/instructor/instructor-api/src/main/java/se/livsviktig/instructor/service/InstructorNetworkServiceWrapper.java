/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link InstructorNetworkService}.
 *
 * @author Livsviktig
 * @see InstructorNetworkService
 * @generated
 */
public class InstructorNetworkServiceWrapper
	implements InstructorNetworkService,
			   ServiceWrapper<InstructorNetworkService> {

	public InstructorNetworkServiceWrapper() {
		this(null);
	}

	public InstructorNetworkServiceWrapper(
		InstructorNetworkService instructorNetworkService) {

		_instructorNetworkService = instructorNetworkService;
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			addInstructorNetwork(
				long groupId, String name, String description,
				long[] trainingMethodIds,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.addInstructorNetwork(
			groupId, name, description, trainingMethodIds, serviceContext);
	}

	/**
	 * Deleting takes a grant of DELETE on the network (its owner has it): being a coordinator is not enough.
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			deleteInstructorNetwork(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.deleteInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * @return the site's networks the caller may view
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
			getGroupInstructorNetworks(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.getGroupInstructorNetworks(groupId);
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			getInstructorNetwork(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.getInstructorNetwork(
			instructorNetworkId);
	}

	@Override
	public java.util.List
		<se.livsviktig.instructor.network.NetworkDirectoryEntry>
				getNetworkDirectory(long instructorNetworkId)
			throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.getNetworkDirectory(
			instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _instructorNetworkService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			updateInstructorNetwork(
				long instructorNetworkId, String name, String description,
				long[] trainingMethodIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkService.updateInstructorNetwork(
			instructorNetworkId, name, description, trainingMethodIds);
	}

	@Override
	public InstructorNetworkService getWrappedService() {
		return _instructorNetworkService;
	}

	@Override
	public void setWrappedService(
		InstructorNetworkService instructorNetworkService) {

		_instructorNetworkService = instructorNetworkService;
	}

	private InstructorNetworkService _instructorNetworkService;

}