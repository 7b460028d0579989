/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

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

import se.livsviktig.training.model.SessionInstructor;

/**
 * Provides the remote service interface for SessionInstructor. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SessionInstructorServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SessionInstructorService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.SessionInstructorServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the session instructor remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SessionInstructorServiceUtil} if injection and service tracking are not available.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getCourseSessionInstructors(
			long courseSessionId, int[] statuses)
		throws PortalException;

	/**
	 * The sessions the caller teaches or is invited to teach.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getMySessionInstructors(
			int[] statuses, int start, int end)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	public SessionInstructor inviteInstructor(
			long courseSessionId, long instructorUserId, String message,
			ServiceContext serviceContext)
		throws PortalException;

	public SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException;

	public SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException;

}