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
 * The table class for the &quot;LVInstructor_MeetingInvitee&quot; database table.
 *
 * @author Livsviktig
 * @see MeetingParticipant
 * @generated
 */
public class MeetingParticipantTable
	extends BaseTable<MeetingParticipantTable> {

	public static final MeetingParticipantTable INSTANCE =
		new MeetingParticipantTable();

	public final Column<MeetingParticipantTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MeetingParticipantTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> meetingParticipantId =
		createColumn(
			"meetingParticipantId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<MeetingParticipantTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, String> userName =
		createColumn(
			"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> networkMeetingId =
		createColumn(
			"networkMeetingId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> participantUserId =
		createColumn(
			"participantUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Integer> answer = createColumn(
		"answer", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Date> answerDate =
		createColumn(
			"answerDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Integer> attendance =
		createColumn(
			"attendance", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Long> attendanceByUserId =
		createColumn(
			"attendanceByUserId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<MeetingParticipantTable, Date> attendanceDate =
		createColumn(
			"attendanceDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private MeetingParticipantTable() {
		super("LVInstructor_MeetingInvitee", MeetingParticipantTable::new);
	}

}