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
 * The table class for the &quot;LVTraining_SessionInstructor&quot; database table.
 *
 * @author Livsviktig
 * @see SessionInstructor
 * @generated
 */
public class SessionInstructorTable extends BaseTable<SessionInstructorTable> {

	public static final SessionInstructorTable INSTANCE =
		new SessionInstructorTable();

	public final Column<SessionInstructorTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SessionInstructorTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Long> sessionInstructorId =
		createColumn(
			"sessionInstructorId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<SessionInstructorTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Long> instructorUserId =
		createColumn(
			"instructorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, String> message = createColumn(
		"message", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Date> responseDate =
		createColumn(
			"responseDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionInstructorTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private SessionInstructorTable() {
		super("LVTraining_SessionInstructor", SessionInstructorTable::new);
	}

}