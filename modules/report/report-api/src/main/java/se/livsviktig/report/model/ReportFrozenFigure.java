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
 * The extended model interface for the ReportFrozenFigure service. Represents a row in the &quot;LVReport_ReportFrozenFigure&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see ReportFrozenFigureModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.report.model.impl.ReportFrozenFigureImpl"
)
@ProviderType
public interface ReportFrozenFigure
	extends PersistedModel, ReportFrozenFigureModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.report.model.impl.ReportFrozenFigureImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ReportFrozenFigure, Long>
		REPORT_FROZEN_FIGURE_ID_ACCESSOR =
			new Accessor<ReportFrozenFigure, Long>() {

				@Override
				public Long get(ReportFrozenFigure reportFrozenFigure) {
					return reportFrozenFigure.getReportFrozenFigureId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<ReportFrozenFigure> getTypeClass() {
					return ReportFrozenFigure.class;
				}

			};

}