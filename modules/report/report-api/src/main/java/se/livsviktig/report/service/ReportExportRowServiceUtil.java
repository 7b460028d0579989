/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.report.model.ReportExportRow;

/**
 * Provides the remote service utility for ReportExportRow. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportExportRowServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see ReportExportRowService
 * @generated
 */
public class ReportExportRowServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportExportRowServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The site's mapping laid out with the period's figures of the administrations the reader may read
	 * ({@link ReportFiguresService#getFigures}, which checks that rule), every method.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: everything under it too
	 */
	public static List<se.livsviktig.report.export.ReportExportLine>
			getExportLines(
				long groupId,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp)
		throws PortalException {

		return getService().getExportLines(
			groupId, reportPeriod, organizationId, rolledUp);
	}

	public static List<se.livsviktig.report.export.ReportExportMappingRow>
			getMapping(long groupId)
		throws PortalException {

		return getService().getMapping(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static boolean hasSavedMapping(long groupId) throws PortalException {
		return getService().hasSavedMapping(groupId);
	}

	public static List<ReportExportRow> updateMapping(
			long groupId,
			List<se.livsviktig.report.export.ReportExportMappingRow>
				reportExportMappingRows)
		throws PortalException {

		return getService().updateMapping(groupId, reportExportMappingRows);
	}

	public static ReportExportRowService getService() {
		return _service;
	}

	public static void setService(ReportExportRowService service) {
		_service = service;
	}

	private static volatile ReportExportRowService _service;

}