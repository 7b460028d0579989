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
 * The table class for the &quot;LVCareProgram_LocalRoutine&quot; database table.
 *
 * @author Livsviktig
 * @see LocalRoutine
 * @generated
 */
public class LocalRoutineTable extends BaseTable<LocalRoutineTable> {

	public static final LocalRoutineTable INSTANCE = new LocalRoutineTable();

	public final Column<LocalRoutineTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<LocalRoutineTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> localRoutineId = createColumn(
		"localRoutineId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<LocalRoutineTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> careProgramId = createColumn(
		"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> articleResourcePrimKey =
		createColumn(
			"articleResourcePrimKey", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> ownerUserId = createColumn(
		"ownerUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Integer> reviewIntervalMonths =
		createColumn(
			"reviewIntervalMonths", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Date> lastReviewDate = createColumn(
		"lastReviewDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Long> lastReviewUserId =
		createColumn(
			"lastReviewUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Date> nextReviewDate = createColumn(
		"nextReviewDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<LocalRoutineTable, Date> ownerlessSince = createColumn(
		"ownerlessSince", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private LocalRoutineTable() {
		super("LVCareProgram_LocalRoutine", LocalRoutineTable::new);
	}

}