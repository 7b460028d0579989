/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVTraining_TrainingMethod&quot; database table.
 *
 * @author Livsviktig
 * @see TrainingMethod
 * @generated
 */
public class TrainingMethodTable extends BaseTable<TrainingMethodTable> {

	public static final TrainingMethodTable INSTANCE =
		new TrainingMethodTable();

	public final Column<TrainingMethodTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<TrainingMethodTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, String> externalReferenceCode =
		createColumn(
			"externalReferenceCode", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Long> trainingMethodId =
		createColumn(
			"trainingMethodId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<TrainingMethodTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, String> description = createColumn(
		"description", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Boolean>
		certifiedInstructorsRequired = createColumn(
			"certifiedInstructorsRequired", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer> instructorsPerSession =
		createColumn(
			"instructorsPerSession", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer>
		requiredAttendancePercent = createColumn(
			"requiredAttendancePercent", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer> licenceSessionsRequired =
		createColumn(
			"licenceSessionsRequired", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer> licencePeriodMonths =
		createColumn(
			"licencePeriodMonths", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer> followUpSurveyDays =
		createColumn(
			"followUpSurveyDays", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Long> statusByUserId =
		createColumn(
			"statusByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, String> statusByUserName =
		createColumn(
			"statusByUserName", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<TrainingMethodTable, Date> statusDate = createColumn(
		"statusDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private TrainingMethodTable() {
		super("LVTraining_TrainingMethod", TrainingMethodTable::new);
	}

}