/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.report.exception.RequiredReportExportRowException;
import se.livsviktig.report.model.ReportExportRow;

/**
 * A row of a site's export mapping belongs to the site: erasing the coordinator who last saved the mapping makes
 * the anonymous user its editor (the generated rules) and keeps the row with its label, which names a line of
 * the yearly report, not a person. Deleting a row from the personal data screens is refused: it would silently
 * take a line out of every export the site makes from then on; a coordinator edits the mapping instead.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class ReportExportRowUADAnonymizer
	extends BaseReportExportRowUADAnonymizer {

	@Override
	public void delete(ReportExportRow reportExportRow) throws PortalException {
		throw new RequiredReportExportRowException(
			"Report export row " + reportExportRow.getReportExportRowId() +
				" is a line of the site's export: anonymise it instead");
	}

	@Override
	public Map<Class<?>, String> getExceptionMessageMap(Locale locale) {
		return Map.of(
			RequiredReportExportRowException.class,
			UADLanguage.get(
				ReportExportRowUADAnonymizer.class, locale,
				"an-export-mapping-row-cannot-be-deleted-anonymise-it"));
	}

}
