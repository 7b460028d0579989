/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the local service utility for ReportFigures. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportFiguresLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see ReportFiguresLocalService
 * @generated
 */
public class ReportFiguresLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFiguresLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Every frozen figure beside its value today, the unchanged ones too, and the figures that appeared since
	 * (frozen as 0).
	 */
	public static List<se.livsviktig.report.figures.ReportFigureDifference>
			getComparison(long reportFreezeId, java.util.Date now)
		throws PortalException {

		return getService().getComparison(reportFreezeId, now);
	}

	/**
	 * The frozen figures whose value today is different, each with both values.
	 */
	public static List<se.livsviktig.report.figures.ReportFigureDifference>
			getDifferences(long reportFreezeId, java.util.Date now)
		throws PortalException {

		return getService().getDifferences(reportFreezeId, now);
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 * @param now sessions count as held when their last date ended before this moment
	 */
	public static List<se.livsviktig.report.figures.ReportFigure> getFigures(
			long companyId, java.util.Date from, java.util.Date to,
			long organizationId, java.util.Date now)
		throws PortalException {

		return getService().getFigures(
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
	public static List<se.livsviktig.report.figures.ReportFigure>
			getFreezeFigures(
				long companyId, java.util.Date from, java.util.Date to,
				long organizationId, java.util.Date now)
		throws PortalException {

		return getService().getFreezeFigures(
			companyId, from, to, organizationId, now);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static ReportFiguresLocalService getService() {
		return _service;
	}

	public static void setService(ReportFiguresLocalService service) {
		_service = service;
	}

	private static volatile ReportFiguresLocalService _service;

}