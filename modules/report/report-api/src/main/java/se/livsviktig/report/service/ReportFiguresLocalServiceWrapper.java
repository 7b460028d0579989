/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ReportFiguresLocalService}.
 *
 * @author Livsviktig
 * @see ReportFiguresLocalService
 * @generated
 */
public class ReportFiguresLocalServiceWrapper
	implements ReportFiguresLocalService,
			   ServiceWrapper<ReportFiguresLocalService> {

	public ReportFiguresLocalServiceWrapper() {
		this(null);
	}

	public ReportFiguresLocalServiceWrapper(
		ReportFiguresLocalService reportFiguresLocalService) {

		_reportFiguresLocalService = reportFiguresLocalService;
	}

	/**
	 * Every frozen figure beside its value today, the unchanged ones too, and the figures that appeared since
	 * (frozen as 0).
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigureDifference>
			getComparison(long reportFreezeId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresLocalService.getComparison(reportFreezeId, now);
	}

	/**
	 * The frozen figures whose value today is different, each with both values.
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigureDifference>
			getDifferences(long reportFreezeId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresLocalService.getDifferences(reportFreezeId, now);
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 * @param now sessions count as held when their last date ended before this moment
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigure> getFigures(
			long companyId, java.util.Date from, java.util.Date to,
			long organizationId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresLocalService.getFigures(
			companyId, from, to, organizationId, now);
	}

	/**
	 * Today's figures of a freeze's period and scope: every figure when it covers every administration; of one
	 * organisation only the figures of its administrations, never those of no administration (sessions held,
	 * counted for the whole company), which its manager may not read (ReportViewPermission). What a freeze
	 * stores and what it is compared with.
	 *
	 * @param organizationId 0 for every administration, or the organisation whose children (each with its
	 subtree) the figures are grouped by
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigure>
			getFreezeFigures(
				long companyId, java.util.Date from, java.util.Date to,
				long organizationId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresLocalService.getFreezeFigures(
			companyId, from, to, organizationId, now);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportFiguresLocalService.getOSGiServiceIdentifier();
	}

	@Override
	public ReportFiguresLocalService getWrappedService() {
		return _reportFiguresLocalService;
	}

	@Override
	public void setWrappedService(
		ReportFiguresLocalService reportFiguresLocalService) {

		_reportFiguresLocalService = reportFiguresLocalService;
	}

	private ReportFiguresLocalService _reportFiguresLocalService;

}