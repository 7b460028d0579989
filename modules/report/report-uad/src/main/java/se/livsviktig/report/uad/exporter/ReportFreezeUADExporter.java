/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.exporter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.zip.ZipWriterFactory;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.io.File;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.platform.uad.RowsOfPerson;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;

/**
 * Exports the freezes a person made or withdrew: which period and scope, and what they did and when. The one
 * who froze gets when they froze; the one who unfroze gets when and the reason they wrote. Neither gets the other
 * coordinator's name or words: the generated export wrote both names and the reason whoever asked, so the
 * freezer's export would have carried what another person wrote.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class ReportFreezeUADExporter extends BaseReportFreezeUADExporter {

	/**
	 * The same rows and zip as the portal's own, with the exporting person known to each row's document.
	 */
	@Override
	public File exportAll(long userId, ZipWriterFactory zipWriterFactory)
		throws PortalException {

		return RowsOfPerson.export(
			getActionableDynamicQuery(userId),
			getZipWriter(
				userId, ReportFreeze.class.getName(), zipWriterFactory),
			(ReportFreeze reportFreeze) -> formatXML(
				toXmlString(reportFreeze, userId)));
	}

	/**
	 * A single row exported without knowing who asks is exported for the one who froze it.
	 */
	@Override
	protected String toXmlString(ReportFreeze reportFreeze) {
		return toXmlString(reportFreeze, reportFreeze.getUserId());
	}

	protected String toXmlString(ReportFreeze reportFreeze, long userId) {
		ExportDocument exportDocument = new ExportDocument(
			ReportFreeze.class.getName());

		exportDocument.column(
			"reportFreezeId", String.valueOf(reportFreeze.getReportFreezeId()));
		exportDocument.column("periodFrom", reportFreeze.getPeriodFrom());
		exportDocument.column("periodTo", reportFreeze.getPeriodTo());
		exportDocument.column(
			"organizationId", String.valueOf(reportFreeze.getOrganizationId()));

		if (reportFreeze.getUserId() == userId) {
			exportDocument.column("frozenDate", reportFreeze.getCreateDate());
		}

		if ((reportFreeze.getStatus() == ReportConstants.STATUS_UNFROZEN) &&
			(reportFreeze.getUnfrozenByUserId() == userId)) {

			exportDocument.column(
				"unfrozenDate", reportFreeze.getUnfrozenDate());
			exportDocument.column(
				"unfreezeReason", reportFreeze.getUnfreezeReason());
		}

		return exportDocument.toXmlString();
	}

}
