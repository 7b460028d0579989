/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

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

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Provides the remote service interface for LocalRoutine. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see LocalRoutineServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface LocalRoutineService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.LocalRoutineServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the local routine remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link LocalRoutineServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adding a routine to a programme takes UPDATE on the programme (the site's editors have it).
	 */
	public LocalRoutine addLocalRoutine(
			long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the routine (its permission logic).
	 */
	public LocalRoutine confirmLocalRoutineReview(
			long localRoutineId, String comment)
		throws PortalException;

	public LocalRoutine deleteLocalRoutine(long localRoutineId)
		throws PortalException;

	/**
	 * @return the programme's routines the caller may view, if the caller may view the programme
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getCareProgramLocalRoutines(long careProgramId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * "Mina granskningar": the routines the signed-in person owns, and nobody else's.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId)
		throws PortalException;

	public LocalRoutine updateLocalRoutine(
			long localRoutineId, long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths)
		throws PortalException;

}