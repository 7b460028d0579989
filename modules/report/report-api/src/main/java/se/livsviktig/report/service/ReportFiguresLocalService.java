/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;

/**
 * Provides the local service interface for ReportFigures. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see ReportFiguresLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportFiguresLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFiguresLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report figures local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportFiguresLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Every frozen figure beside its value today, the unchanged ones too, and the figures that appeared since
	 * (frozen as 0).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigureDifference> getComparison(
			long reportFreezeId, Date now)
		throws PortalException;

	/**
	 * The frozen figures whose value today is different, each with both values.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigureDifference> getDifferences(
			long reportFreezeId, Date now)
		throws PortalException;

	/**
	 * Today's figures of sessions whose first date is in [from, to).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 * @param now sessions count as held when their last date ended before this moment
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigure> getFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException;

	/**
	 * Today's figures of a freeze's period and scope: every figure when it covers every administration; of one
	 * organisation only the figures of its administrations, never those of no administration (sessions held,
	 * counted for the whole company), which its manager may not read (ReportViewPermission). What a freeze
	 * stores and what it is compared with.
	 *
	 * @param organizationId 0 for every administration, or the organisation whose children (each with its
	 subtree) the figures are grouped by
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigure> getFreezeFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

}