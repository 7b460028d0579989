/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVReport_ReportExportRow&quot; database table.
 *
 * @author Livsviktig
 * @see ReportExportRow
 * @generated
 */
public class ReportExportRowTable extends BaseTable<ReportExportRowTable> {

	public static final ReportExportRowTable INSTANCE =
		new ReportExportRowTable();

	public final Column<ReportExportRowTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ReportExportRowTable, Long> reportExportRowId =
		createColumn(
			"reportExportRowId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ReportExportRowTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Integer> position = createColumn(
		"position", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, String> label = createColumn(
		"label", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, String> figureKey = createColumn(
		"figureKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, Long> trainingMethodId =
		createColumn(
			"trainingMethodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportExportRowTable, String> sex = createColumn(
		"sex", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ReportExportRowTable() {
		super("LVReport_ReportExportRow", ReportExportRowTable::new);
	}

}