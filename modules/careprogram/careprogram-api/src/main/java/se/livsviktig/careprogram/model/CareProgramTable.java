/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVCareProgram_CareProgram&quot; database table.
 *
 * @author Livsviktig
 * @see CareProgram
 * @generated
 */
public class CareProgramTable extends BaseTable<CareProgramTable> {

	public static final CareProgramTable INSTANCE = new CareProgramTable();

	public final Column<CareProgramTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CareProgramTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> careProgramId = createColumn(
		"careProgramId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CareProgramTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, String> title = createColumn(
		"title", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> articleResourcePrimKey =
		createColumn(
			"articleResourcePrimKey", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, String> nationalURL = createColumn(
		"nationalURL", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> ownerUserId = createColumn(
		"ownerUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Integer> reviewIntervalMonths =
		createColumn(
			"reviewIntervalMonths", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Date> lastReviewDate = createColumn(
		"lastReviewDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Long> lastReviewUserId = createColumn(
		"lastReviewUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, Date> nextReviewDate = createColumn(
		"nextReviewDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CareProgramTable, String> titleSearch = createColumn(
		"titleSearch", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private CareProgramTable() {
		super("LVCareProgram_CareProgram", CareProgramTable::new);
	}

}