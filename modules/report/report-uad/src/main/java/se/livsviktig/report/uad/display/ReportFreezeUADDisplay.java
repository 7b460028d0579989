/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.display;

import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.user.associated.data.display.UADDisplay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.uad.text.CompanyDays;

/**
 * Shows the freezes a person made or withdrew in the portal's personal data screens: the period's first and last
 * day, when it was frozen, whether it still is, and the reason it was unfrozen, with the type, the fields and the
 * state named in the reader's language from this bundle's Language files. Values are handed over as text and
 * not escaped here: the portal escapes every field value it prints.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class ReportFreezeUADDisplay extends BaseReportFreezeUADDisplay {

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"period", "frozenDate", "status", "unfreezeReason"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		ReportFreeze reportFreeze, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(reportFreeze, fieldName, locale));
		}

		return fieldValues;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			ReportFreezeUADDisplay.class, locale,
			"model.resource." + ReportFreeze.class.getName());
	}

	private Object _fieldValue(
		ReportFreeze reportFreeze, String fieldName, Locale locale) {

		CompanyDays companyDays = new CompanyDays(_companyLocalService);

		if (fieldName.equals("period")) {
			return companyDays.dayOf(
				reportFreeze.getCompanyId(), reportFreeze.getPeriodFrom()) +
					" – " +
						companyDays.dayBefore(
							reportFreeze.getCompanyId(),
							reportFreeze.getPeriodTo());
		}

		if (fieldName.equals("frozenDate")) {
			return companyDays.dayOf(
				reportFreeze.getCompanyId(), reportFreeze.getCreateDate());
		}

		if (fieldName.equals("status")) {
			if (reportFreeze.getStatus() == ReportConstants.STATUS_UNFROZEN) {
				return UADLanguage.get(
					ReportFreezeUADDisplay.class, locale, "status-unfrozen");
			}

			return UADLanguage.get(
				ReportFreezeUADDisplay.class, locale, "status-frozen");
		}

		if (fieldName.equals("unfreezeReason")) {
			return reportFreeze.getUnfreezeReason();
		}

		return null;
	}

	@Reference
	private CompanyLocalService _companyLocalService;

}
