/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;

/**
 * Provides the remote service interface for InstructorNetwork. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see InstructorNetworkServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface InstructorNetworkService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorNetworkServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the instructor network remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link InstructorNetworkServiceUtil} if injection and service tracking are not available.
	 */
	public InstructorNetwork addInstructorNetwork(
			long groupId, String name, String description,
			long[] trainingMethodIds, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Deleting takes a grant of DELETE on the network (its owner has it): being a coordinator is not enough.
	 */
	public InstructorNetwork deleteInstructorNetwork(long instructorNetworkId)
		throws PortalException;

	/**
	 * @return the site's networks the caller may view
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getGroupInstructorNetworks(long groupId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InstructorNetwork getInstructorNetwork(long instructorNetworkId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkDirectoryEntry> getNetworkDirectory(
			long instructorNetworkId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	public InstructorNetwork updateInstructorNetwork(
			long instructorNetworkId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException;

}