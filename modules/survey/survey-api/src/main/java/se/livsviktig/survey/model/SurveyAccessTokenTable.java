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
 * The table class for the &quot;LVSurvey_SurveyAccessToken&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyAccessToken
 * @generated
 */
public class SurveyAccessTokenTable extends BaseTable<SurveyAccessTokenTable> {

	public static final SurveyAccessTokenTable INSTANCE =
		new SurveyAccessTokenTable();

	public final Column<SurveyAccessTokenTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyAccessTokenTable, Long> surveyAccessTokenId =
		createColumn(
			"surveyAccessTokenId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<SurveyAccessTokenTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyAccessTokenTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyAccessTokenTable, Long> surveyInvitationId =
		createColumn(
			"surveyInvitationId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<SurveyAccessTokenTable, String> tokenHash =
		createColumn(
			"tokenHash", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private SurveyAccessTokenTable() {
		super("LVSurvey_SurveyAccessToken", SurveyAccessTokenTable::new);
	}

}