/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVSurvey_SurveyQuestion&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyQuestion
 * @generated
 */
public class SurveyQuestionTable extends BaseTable<SurveyQuestionTable> {

	public static final SurveyQuestionTable INSTANCE =
		new SurveyQuestionTable();

	public final Column<SurveyQuestionTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyQuestionTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Long> surveyQuestionId =
		createColumn(
			"surveyQuestionId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SurveyQuestionTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Long> surveyId = createColumn(
		"surveyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Integer> position = createColumn(
		"position", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Integer> questionType =
		createColumn(
			"questionType", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, String> text = createColumn(
		"text_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, String> lowLabel = createColumn(
		"lowLabel", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, String> highLabel = createColumn(
		"highLabel", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, String> options = createColumn(
		"options", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SurveyQuestionTable, Boolean> required = createColumn(
		"required", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);

	private SurveyQuestionTable() {
		super("LVSurvey_SurveyQuestion", SurveyQuestionTable::new);
	}

}