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
 * The table class for the &quot;LVReport_ReportFreeze&quot; database table.
 *
 * @author Livsviktig
 * @see ReportFreeze
 * @generated
 */
public class ReportFreezeTable extends BaseTable<ReportFreezeTable> {

	public static final ReportFreezeTable INSTANCE = new ReportFreezeTable();

	public final Column<ReportFreezeTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ReportFreezeTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Long> reportFreezeId = createColumn(
		"reportFreezeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ReportFreezeTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Date> periodFrom = createColumn(
		"periodFrom", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Date> periodTo = createColumn(
		"periodTo", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Long> unfrozenByUserId =
		createColumn(
			"unfrozenByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, String> unfrozenByUserName =
		createColumn(
			"unfrozenByUserName", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, Date> unfrozenDate = createColumn(
		"unfrozenDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReportFreezeTable, String> unfreezeReason =
		createColumn(
			"unfreezeReason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ReportFreezeTable() {
		super("LVReport_ReportFreeze", ReportFreezeTable::new);
	}

}