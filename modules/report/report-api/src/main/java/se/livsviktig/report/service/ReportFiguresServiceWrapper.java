/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ReportFiguresService}.
 *
 * @author Livsviktig
 * @see ReportFiguresService
 * @generated
 */
public class ReportFiguresServiceWrapper
	implements ReportFiguresService, ServiceWrapper<ReportFiguresService> {

	public ReportFiguresServiceWrapper() {
		this(null);
	}

	public ReportFiguresServiceWrapper(
		ReportFiguresService reportFiguresService) {

		_reportFiguresService = reportFiguresService;
	}

	/**
	 * Every frozen figure of a freeze beside its value today, the unchanged ones too, read by whoever may read the
	 * freeze's administrations.
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigureDifference>
			getComparison(long reportFreezeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresService.getComparison(reportFreezeId);
	}

	/**
	 * The frozen figures of a freeze whose value today is different, read by whoever may read the freeze's
	 * administrations.
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigureDifference>
			getDifferences(long reportFreezeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresService.getDifferences(reportFreezeId);
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to), of the administrations the reader may read.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: its sub-organisations, each with everything under it; without: the
	 organisation's own registrations
	 * @param trainingMethodId one method, or 0 for every method
	 */
	@Override
	public java.util.List<se.livsviktig.report.figures.ReportFigure> getFigures(
			long groupId, java.util.Date from, java.util.Date to,
			long organizationId, boolean rolledUp, long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresService.getFigures(
			groupId, from, to, organizationId, rolledUp, trainingMethodId);
	}

	/**
	 * The administrations the reader may choose: with VIEW_REPORTS in the site, the company's top-level ones;
	 * otherwise the reader's own organisations in which VIEW_REPORTS is granted.
	 */
	@Override
	public java.util.List<com.liferay.portal.kernel.model.Organization>
			getOrganizations(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFiguresService.getOrganizations(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportFiguresService.getOSGiServiceIdentifier();
	}

	@Override
	public ReportFiguresService getWrappedService() {
		return _reportFiguresService;
	}

	@Override
	public void setWrappedService(ReportFiguresService reportFiguresService) {
		_reportFiguresService = reportFiguresService;
	}

	private ReportFiguresService _reportFiguresService;

}