/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ReportDrillDownService}.
 *
 * @author Livsviktig
 * @see ReportDrillDownService
 * @generated
 */
public class ReportDrillDownServiceWrapper
	implements ReportDrillDownService, ServiceWrapper<ReportDrillDownService> {

	public ReportDrillDownServiceWrapper() {
		this(null);
	}

	public ReportDrillDownServiceWrapper(
		ReportDrillDownService reportDrillDownService) {

		_reportDrillDownService = reportDrillDownService;
	}

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			getFigureRegistrations(
				long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportDrillDownService.getFigureRegistrations(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex, start, end);
	}

	@Override
	public int getFigureRegistrationsCount(
			long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportDrillDownService.getFigureRegistrationsCount(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);
	}

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
			getFigureSessions(
				long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportDrillDownService.getFigureSessions(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex, start, end);
	}

	@Override
	public int getFigureSessionsCount(
			long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportDrillDownService.getFigureSessionsCount(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportDrillDownService.getOSGiServiceIdentifier();
	}

	@Override
	public ReportDrillDownService getWrappedService() {
		return _reportDrillDownService;
	}

	@Override
	public void setWrappedService(
		ReportDrillDownService reportDrillDownService) {

		_reportDrillDownService = reportDrillDownService;
	}

	private ReportDrillDownService _reportDrillDownService;

}