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
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.uad.text.CompanyDays;

/**
 * Shows the rows of a site's export mapping a person last saved: the line's number as the mapping editor counts
 * them (from 1), its label and the day it was saved, named in the reader's language. Values are handed over as
 * text: the portal escapes every field value it prints.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class ReportExportRowUADDisplay extends BaseReportExportRowUADDisplay {

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"line", "label", "savedDate"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		ReportExportRow reportExportRow, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(fieldName, _fieldValue(reportExportRow, fieldName));
		}

		return fieldValues;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			ReportExportRowUADDisplay.class, locale,
			"model.resource." + ReportExportRow.class.getName());
	}

	private Object _fieldValue(
		ReportExportRow reportExportRow, String fieldName) {

		if (fieldName.equals("line")) {
			return String.valueOf(reportExportRow.getPosition() + 1);
		}

		if (fieldName.equals("label")) {
			return reportExportRow.getLabel();
		}

		if (fieldName.equals("savedDate")) {
			return new CompanyDays(
				_companyLocalService
			).dayOf(
				reportExportRow.getCompanyId(),
				reportExportRow.getModifiedDate()
			);
		}

		return null;
	}

	@Reference
	private CompanyLocalService _companyLocalService;

}
