/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;

/**
 * Provides the remote service interface for ReportFreeze. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see ReportFreezeServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportFreezeService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFreezeServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report freeze remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportFreezeServiceUtil} if injection and service tracking are not available.
	 */
	public ReportFreeze freeze(
			long groupId, ReportPeriod reportPeriod, long organizationId)
		throws PortalException;

	/**
	 * The administrations the caller may freeze one by one (ReportFreezePermission): the site's coordinator every
	 * top-level one, an administration's manager their own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Organization> getFreezableOrganizations(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * A freeze, to whoever may read the administrations it covers.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportFreeze getReportFreeze(long reportFreezeId)
		throws PortalException;

	/**
	 * The site's freezes, the latest first: to a reader of every administration all of them; to a reader granted
	 * VIEW_REPORTS in an organisation only (an administration's manager) the freezes of the administrations they
	 * may read, since a freeze is that administration's figures and its later corrections must be seen (DESIGN
	 * 4.5), while a freeze of every administration or of another one holds figures they may not read; to anyone
	 * else a refusal.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFreeze> getReportFreezes(long groupId)
		throws PortalException;

	public ReportFreeze unfreeze(long reportFreezeId, String reason)
		throws PortalException;

}