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
 * The table class for the &quot;LVSurvey_SurveyInvitation&quot; database table.
 *
 * @author Livsviktig
 * @see SurveyInvitation
 * @generated
 */
public class SurveyInvitationTable extends BaseTable<SurveyInvitationTable> {

	public static final SurveyInvitationTable INSTANCE =
		new SurveyInvitationTable();

	public final Column<SurveyInvitationTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SurveyInvitationTable, Long> surveyInvitationId =
		createColumn(
			"surveyInvitationId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<SurveyInvitationTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> surveyDispatchId =
		createColumn(
			"surveyDispatchId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> surveyId = createColumn(
		"surveyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> registrationId =
		createColumn(
			"registrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> methodId = createColumn(
		"methodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Date> sentDate = createColumn(
		"sentDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Integer> reminderCount =
		createColumn(
			"reminderCount", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Date> lastReminderDate =
		createColumn(
			"lastReminderDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Date> expirationDate =
		createColumn(
			"expirationDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SurveyInvitationTable, Integer> sentMonth =
		createColumn(
			"sentMonth", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private SurveyInvitationTable() {
		super("LVSurvey_SurveyInvitation", SurveyInvitationTable::new);
	}

}