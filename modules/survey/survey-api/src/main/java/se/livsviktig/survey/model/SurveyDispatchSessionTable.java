/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVSurvey_SurveyDispatchSession&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyDispatchSession
 * @generated
 */
public class SurveyDispatchSessionTable
	extends BaseTable<SurveyDispatchSessionTable> {

	public static final SurveyDispatchSessionTable INSTANCE =
		new SurveyDispatchSessionTable();

	public final Column<SurveyDispatchSessionTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyDispatchSessionTable, Long>
		surveyDispatchSessionId = createColumn(
			"surveyDispatchSessionId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<SurveyDispatchSessionTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchSessionTable, Long> surveyDispatchId =
		createColumn(
			"surveyDispatchId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyDispatchSessionTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private SurveyDispatchSessionTable() {
		super(
			"LVSurvey_SurveyDispatchSession", SurveyDispatchSessionTable::new);
	}

}