/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVSurvey_SurveyAnswer&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyAnswer
 * @generated
 */
public class SurveyAnswerTable extends BaseTable<SurveyAnswerTable> {

	public static final SurveyAnswerTable INSTANCE = new SurveyAnswerTable();

	public final Column<SurveyAnswerTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyAnswerTable, Long> surveyAnswerId = createColumn(
		"surveyAnswerId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SurveyAnswerTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyAnswerTable, Long> surveyResponseId =
		createColumn(
			"surveyResponseId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyAnswerTable, Long> surveyQuestionId =
		createColumn(
			"surveyQuestionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyAnswerTable, Integer> numericValue = createColumn(
		"numericValue", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyAnswerTable, String> textValue = createColumn(
		"textValue", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private SurveyAnswerTable() {
		super("LVSurvey_SurveyAnswer", SurveyAnswerTable::new);
	}

}