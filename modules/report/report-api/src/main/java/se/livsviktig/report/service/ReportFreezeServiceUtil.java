/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.report.model.ReportFreeze;

/**
 * Provides the remote service utility for ReportFreeze. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportFreezeServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see ReportFreezeService
 * @generated
 */
public class ReportFreezeServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFreezeServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static ReportFreeze freeze(
			long groupId, se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId)
		throws PortalException {

		return getService().freeze(groupId, reportPeriod, organizationId);
	}

	/**
	 * The administrations the caller may freeze one by one (ReportFreezePermission): the site's coordinator every
	 * top-level one, an administration's manager their own.
	 */
	public static List<com.liferay.portal.kernel.model.Organization>
			getFreezableOrganizations(long groupId)
		throws PortalException {

		return getService().getFreezableOrganizations(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * A freeze, to whoever may read the administrations it covers.
	 */
	public static ReportFreeze getReportFreeze(long reportFreezeId)
		throws PortalException {

		return getService().getReportFreeze(reportFreezeId);
	}

	/**
	 * The site's freezes, the latest first: to a reader of every administration all of them; to a reader granted
	 * VIEW_REPORTS in an organisation only (an administration's manager) the freezes of the administrations they
	 * may read, since a freeze is that administration's figures and its later corrections must be seen (DESIGN
	 * 4.5), while a freeze of every administration or of another one holds figures they may not read; to anyone
	 * else a refusal.
	 */
	public static List<ReportFreeze> getReportFreezes(long groupId)
		throws PortalException {

		return getService().getReportFreezes(groupId);
	}

	public static ReportFreeze unfreeze(long reportFreezeId, String reason)
		throws PortalException {

		return getService().unfreeze(reportFreezeId, reason);
	}

	public static ReportFreezeService getService() {
		return _service;
	}

	public static void setService(ReportFreezeService service) {
		_service = service;
	}

	private static volatile ReportFreezeService _service;

}