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
 * The table class for the &quot;LVTraining_Attendance&quot; database table.
 *
 * @author Livsviktig
 * @see Attendance
 * @generated
 */
public class AttendanceTable extends BaseTable<AttendanceTable> {

	public static final AttendanceTable INSTANCE = new AttendanceTable();

	public final Column<AttendanceTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AttendanceTable, Long> attendanceId = createColumn(
		"attendanceId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AttendanceTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Long> courseSessionId = createColumn(
		"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Long> sessionDateId = createColumn(
		"sessionDateId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Long> registrationId = createColumn(
		"registrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Boolean> present = createColumn(
		"present", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<AttendanceTable, Integer> source = createColumn(
		"source", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private AttendanceTable() {
		super("LVTraining_Attendance", AttendanceTable::new);
	}

}