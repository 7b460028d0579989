/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVSurvey_SurveyDispatch&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyDispatch
 * @generated
 */
public class SurveyDispatchTable extends BaseTable<SurveyDispatchTable> {

	public static final SurveyDispatchTable INSTANCE =
		new SurveyDispatchTable();

	public final Column<SurveyDispatchTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyDispatchTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Long> surveyDispatchId =
		createColumn(
			"surveyDispatchId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SurveyDispatchTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Long> surveyId = createColumn(
		"surveyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Long> methodId = createColumn(
		"methodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Integer> triggerType =
		createColumn(
			"triggerType", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Integer> delayDays = createColumn(
		"delayDays", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Date> windowStartDate =
		createColumn(
			"windowStartDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Date> closeDate = createColumn(
		"closeDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Integer> reminderIntervalDays =
		createColumn(
			"reminderIntervalDays", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Integer> maxReminders =
		createColumn(
			"maxReminders", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchTable, Date> lastRunDate = createColumn(
		"lastRunDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private SurveyDispatchTable() {
		super("LVSurvey_SurveyDispatch", SurveyDispatchTable::new);
	}

}