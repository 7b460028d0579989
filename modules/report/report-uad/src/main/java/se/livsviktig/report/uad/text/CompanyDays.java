/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.text;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;

/**
 * The day a moment falls on as the company counts days, as the report's periods are cut (ReportPeriod): a
 * freeze of 2025 is shown as 2025-01-01 – 2025-12-31 wherever the reader is.
 *
 * @author Livsviktig
 */
public final class CompanyDays {

	public CompanyDays(CompanyLocalService companyLocalService) {
		_companyLocalService = companyLocalService;
	}

	/**
	 * @return the day of the moment in the company's time zone, ISO (yyyy-MM-dd); empty for no moment
	 */
	public String dayOf(long companyId, Date date) {
		if (date == null) {
			return "";
		}

		return LocalDate.ofInstant(
			date.toInstant(), _zoneId(companyId)
		).toString();
	}

	/**
	 * @return the last day before the moment, the period's last day when the moment is its exclusive end
	 */
	public String dayBefore(long companyId, Date date) {
		if (date == null) {
			return "";
		}

		return LocalDate.ofInstant(
			date.toInstant(), _zoneId(companyId)
		).minusDays(
			1
		).toString();
	}

	private ZoneId _zoneId(long companyId) {
		Company company = _companyLocalService.fetchCompany(companyId);

		if (company == null) {
			return ZoneOffset.UTC;
		}

		try {
			return company.getTimeZone(
			).toZoneId();
		}
		catch (PortalException portalException) {

			// The company's default user is gone: the screen still shows the row, on the UTC day.

			return ZoneOffset.UTC;
		}
	}

	private final CompanyLocalService _companyLocalService;

}
