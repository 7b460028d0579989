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
 * The table class for the &quot;LVSurvey_SurveyResponse&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyResponse
 * @generated
 */
public class SurveyResponseTable extends BaseTable<SurveyResponseTable> {

	public static final SurveyResponseTable INSTANCE =
		new SurveyResponseTable();

	public final Column<SurveyResponseTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyResponseTable, Long> surveyResponseId =
		createColumn(
			"surveyResponseId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SurveyResponseTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> surveyId = createColumn(
		"surveyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> surveyDispatchId =
		createColumn(
			"surveyDispatchId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> methodId = createColumn(
		"methodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Integer> responseMonth =
		createColumn(
			"responseMonth", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Date> responseDay = createColumn(
		"responseDay", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyResponseTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private SurveyResponseTable() {
		super("LVSurvey_SurveyResponse", SurveyResponseTable::new);
	}

}