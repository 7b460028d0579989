/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the ReportExportRow service. Represents a row in the &quot;LVReport_ReportExportRow&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see ReportExportRowModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.report.model.impl.ReportExportRowImpl")
@ProviderType
public interface ReportExportRow extends PersistedModel, ReportExportRowModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.report.model.impl.ReportExportRowImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ReportExportRow, Long>
		REPORT_EXPORT_ROW_ID_ACCESSOR = new Accessor<ReportExportRow, Long>() {

			@Override
			public Long get(ReportExportRow reportExportRow) {
				return reportExportRow.getReportExportRowId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<ReportExportRow> getTypeClass() {
				return ReportExportRow.class;
			}

		};

}