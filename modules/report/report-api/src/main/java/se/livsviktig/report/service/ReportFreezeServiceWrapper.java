/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ReportFreezeService}.
 *
 * @author Livsviktig
 * @see ReportFreezeService
 * @generated
 */
public class ReportFreezeServiceWrapper
	implements ReportFreezeService, ServiceWrapper<ReportFreezeService> {

	public ReportFreezeServiceWrapper() {
		this(null);
	}

	public ReportFreezeServiceWrapper(ReportFreezeService reportFreezeService) {
		_reportFreezeService = reportFreezeService;
	}

	@Override
	public se.livsviktig.report.model.ReportFreeze freeze(
			long groupId, se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeService.freeze(
			groupId, reportPeriod, organizationId);
	}

	/**
	 * The administrations the caller may freeze one by one (ReportFreezePermission): the site's coordinator every
	 * top-level one, an administration's manager their own.
	 */
	@Override
	public java.util.List<com.liferay.portal.kernel.model.Organization>
			getFreezableOrganizations(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeService.getFreezableOrganizations(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportFreezeService.getOSGiServiceIdentifier();
	}

	/**
	 * A freeze, to whoever may read the administrations it covers.
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze getReportFreeze(
			long reportFreezeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeService.getReportFreeze(reportFreezeId);
	}

	/**
	 * The site's freezes, the latest first: to a reader of every administration all of them; to a reader granted
	 * VIEW_REPORTS in an organisation only (an administration's manager) the freezes of the administrations they
	 * may read, since a freeze is that administration's figures and its later corrections must be seen (DESIGN
	 * 4.5), while a freeze of every administration or of another one holds figures they may not read; to anyone
	 * else a refusal.
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportFreeze>
			getReportFreezes(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeService.getReportFreezes(groupId);
	}

	@Override
	public se.livsviktig.report.model.ReportFreeze unfreeze(
			long reportFreezeId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeService.unfreeze(reportFreezeId, reason);
	}

	@Override
	public ReportFreezeService getWrappedService() {
		return _reportFreezeService;
	}

	@Override
	public void setWrappedService(ReportFreezeService reportFreezeService) {
		_reportFreezeService = reportFreezeService;
	}

	private ReportFreezeService _reportFreezeService;

}