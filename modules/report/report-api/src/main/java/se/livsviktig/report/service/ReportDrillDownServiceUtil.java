/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the remote service utility for ReportDrillDown. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportDrillDownServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see ReportDrillDownService
 * @generated
 */
public class ReportDrillDownServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportDrillDownServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	public static List<se.livsviktig.training.model.Registration>
			getFigureRegistrations(
				long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws PortalException {

		return getService().getFigureRegistrations(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex, start, end);
	}

	public static int getFigureRegistrationsCount(
			long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		return getService().getFigureRegistrationsCount(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);
	}

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	public static List<se.livsviktig.training.model.CourseSession>
			getFigureSessions(
				long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws PortalException {

		return getService().getFigureSessions(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex, start, end);
	}

	public static int getFigureSessionsCount(
			long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException {

		return getService().getFigureSessionsCount(
			groupId, figureKey, reportPeriod, organizationId, rolledUp,
			trainingMethodId, sex);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static ReportDrillDownService getService() {
		return _service;
	}

	public static void setService(ReportDrillDownService service) {
		_service = service;
	}

	private static volatile ReportDrillDownService _service;

}