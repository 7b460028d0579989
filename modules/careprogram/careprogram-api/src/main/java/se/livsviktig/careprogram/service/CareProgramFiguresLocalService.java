/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.model.RoutineReviewFigures;

/**
 * Provides the local service interface for CareProgramFigures. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CareProgramFiguresLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CareProgramFiguresLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramFiguresLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the care program figures local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CareProgramFiguresLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The rolled-up figures: each child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RoutineReviewFigures> getRolledUpRoutineReviewFigures(
			long companyId, long parentOrganizationId, Date to, Date now)
		throws PortalException;

	/**
	 * Per administration (the routine's organisation), the routines that existed at the end of the period and
	 * those of them reviewed on time then.
	 *
	 * @param to the first moment after the period
	 * @param now the routines are judged now instead when the period is not over yet
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RoutineReviewFigures> getRoutineReviewFigures(
			long companyId, Date to, Date now)
		throws PortalException;

}