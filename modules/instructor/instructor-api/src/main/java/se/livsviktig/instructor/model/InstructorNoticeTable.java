/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVInstructor_InstructorNotice&quot; database table.
 *
 * @author Livsviktig
 * @see InstructorNotice
 * @generated
 */
public class InstructorNoticeTable extends BaseTable<InstructorNoticeTable> {

	public static final InstructorNoticeTable INSTANCE =
		new InstructorNoticeTable();

	public final Column<InstructorNoticeTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<InstructorNoticeTable, Long> instructorNoticeId =
		createColumn(
			"instructorNoticeId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<InstructorNoticeTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNoticeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNoticeTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNoticeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<InstructorNoticeTable, Long> certificationId =
		createColumn(
			"certificationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNoticeTable, String> noticeKind =
		createColumn(
			"noticeKind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private InstructorNoticeTable() {
		super("LVInstructor_InstructorNotice", InstructorNoticeTable::new);
	}

}