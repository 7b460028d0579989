/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVReport_ReportFrozenFigure&quot; database table.
 *
 * @author Livsviktig
 * @see ReportFrozenFigure
 * @generated
 */
public class ReportFrozenFigureTable
	extends BaseTable<ReportFrozenFigureTable> {

	public static final ReportFrozenFigureTable INSTANCE =
		new ReportFrozenFigureTable();

	public final Column<ReportFrozenFigureTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ReportFrozenFigureTable, Long> reportFrozenFigureId =
		createColumn(
			"reportFrozenFigureId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<ReportFrozenFigureTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, Long> reportFreezeId =
		createColumn(
			"reportFreezeId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, String> figureKey =
		createColumn(
			"figureKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, Long> trainingMethodId =
		createColumn(
			"trainingMethodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, String> sex = createColumn(
		"sex", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportFrozenFigureTable, Double> value = createColumn(
		"value", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);

	private ReportFrozenFigureTable() {
		super("LVReport_ReportFrozenFigure", ReportFrozenFigureTable::new);
	}

}