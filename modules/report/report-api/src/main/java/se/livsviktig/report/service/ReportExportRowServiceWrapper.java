/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ReportExportRowService}.
 *
 * @author Livsviktig
 * @see ReportExportRowService
 * @generated
 */
public class ReportExportRowServiceWrapper
	implements ReportExportRowService, ServiceWrapper<ReportExportRowService> {

	public ReportExportRowServiceWrapper() {
		this(null);
	}

	public ReportExportRowServiceWrapper(
		ReportExportRowService reportExportRowService) {

		_reportExportRowService = reportExportRowService;
	}

	/**
	 * The site's mapping laid out with the period's figures of the administrations the reader may read
	 * ({@link ReportFiguresService#getFigures}, which checks that rule), every method.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: everything under it too
	 */
	@Override
	public java.util.List<se.livsviktig.report.export.ReportExportLine>
			getExportLines(
				long groupId,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowService.getExportLines(
			groupId, reportPeriod, organizationId, rolledUp);
	}

	@Override
	public java.util.List<se.livsviktig.report.export.ReportExportMappingRow>
			getMapping(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowService.getMapping(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportExportRowService.getOSGiServiceIdentifier();
	}

	@Override
	public boolean hasSavedMapping(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowService.hasSavedMapping(groupId);
	}

	@Override
	public java.util.List<se.livsviktig.report.model.ReportExportRow>
			updateMapping(
				long groupId,
				java.util.List
					<se.livsviktig.report.export.ReportExportMappingRow>
						reportExportMappingRows)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowService.updateMapping(
			groupId, reportExportMappingRows);
	}

	@Override
	public ReportExportRowService getWrappedService() {
		return _reportExportRowService;
	}

	@Override
	public void setWrappedService(
		ReportExportRowService reportExportRowService) {

		_reportExportRowService = reportExportRowService;
	}

	private ReportExportRowService _reportExportRowService;

}