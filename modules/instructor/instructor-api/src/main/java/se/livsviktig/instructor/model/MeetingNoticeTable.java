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
 * The table class for the &quot;LVInstructor_MeetingNotice&quot; database table.
 *
 * @author Livsviktig
 * @see MeetingNotice
 * @generated
 */
public class MeetingNoticeTable extends BaseTable<MeetingNoticeTable> {

	public static final MeetingNoticeTable INSTANCE = new MeetingNoticeTable();

	public final Column<MeetingNoticeTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MeetingNoticeTable, Long> meetingNoticeId =
		createColumn(
			"meetingNoticeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MeetingNoticeTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, Long> networkMeetingId =
		createColumn(
			"networkMeetingId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, Integer> sequence = createColumn(
		"sequence", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<MeetingNoticeTable, String> noticeKind = createColumn(
		"noticeKind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private MeetingNoticeTable() {
		super("LVInstructor_MeetingNotice", MeetingNoticeTable::new);
	}

}