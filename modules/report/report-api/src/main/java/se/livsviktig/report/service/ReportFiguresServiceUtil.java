/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the remote service utility for ReportFigures. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportFiguresServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see ReportFiguresService
 * @generated
 */
public class ReportFiguresServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFiguresServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Every frozen figure of a freeze beside its value today, the unchanged ones too, read by whoever may read the
	 * freeze's administrations.
	 */
	public static List<se.livsviktig.report.figures.ReportFigureDifference>
			getComparison(long reportFreezeId)
		throws PortalException {

		return getService().getComparison(reportFreezeId);
	}

	/**
	 * The frozen figures of a freeze whose value today is different, read by whoever may read the freeze's
	 * administrations.
	 */
	public static List<se.livsviktig.report.figures.ReportFigureDifference>
			getDifferences(long reportFreezeId)
		throws PortalException {

		return getService().getDifferences(reportFreezeId);
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to), of the administrations the reader may read.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: its sub-organisations, each with everything under it; without: the
	 organisation's own registrations
	 * @param trainingMethodId one method, or 0 for every method
	 */
	public static List<se.livsviktig.report.figures.ReportFigure> getFigures(
			long groupId, java.util.Date from, java.util.Date to,
			long organizationId, boolean rolledUp, long trainingMethodId)
		throws PortalException {

		return getService().getFigures(
			groupId, from, to, organizationId, rolledUp, trainingMethodId);
	}

	/**
	 * The administrations the reader may choose: with VIEW_REPORTS in the site, the company's top-level ones;
	 * otherwise the reader's own organisations in which VIEW_REPORTS is granted.
	 */
	public static List<com.liferay.portal.kernel.model.Organization>
			getOrganizations(long groupId)
		throws PortalException {

		return getService().getOrganizations(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static ReportFiguresService getService() {
		return _service;
	}

	public static void setService(ReportFiguresService service) {
		_service = service;
	}

	private static volatile ReportFiguresService _service;

}