/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.exporter;

import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.report.model.ReportExportRow;

/**
 * Exports the rows of a site's export mapping a person last saved: the line's label and what it sums (figure,
 * method, sex), its place, and when they saved it. The generated export wrote only the person's own name and
 * the label, which does not say what they did.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class ReportExportRowUADExporter extends BaseReportExportRowUADExporter {

	@Override
	protected String toXmlString(ReportExportRow reportExportRow) {
		return new ExportDocument(
			ReportExportRow.class.getName()
		).column(
			"reportExportRowId",
			String.valueOf(reportExportRow.getReportExportRowId())
		).column(
			"groupId", String.valueOf(reportExportRow.getGroupId())
		).column(
			"position", String.valueOf(reportExportRow.getPosition())
		).column(
			"label", reportExportRow.getLabel()
		).column(
			"figureKey", reportExportRow.getFigureKey()
		).column(
			"trainingMethodId",
			String.valueOf(reportExportRow.getTrainingMethodId())
		).column(
			"sex", reportExportRow.getSex()
		).column(
			"savedDate", reportExportRow.getModifiedDate()
		).toXmlString();
	}

}
