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
 * The table class for the &quot;LVInstructor_NetworkMeeting&quot; database table.
 *
 * @author Livsviktig
 * @see NetworkMeeting
 * @generated
 */
public class NetworkMeetingTable extends BaseTable<NetworkMeetingTable> {

	public static final NetworkMeetingTable INSTANCE =
		new NetworkMeetingTable();

	public final Column<NetworkMeetingTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<NetworkMeetingTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Long> networkMeetingId =
		createColumn(
			"networkMeetingId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<NetworkMeetingTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Long> instructorNetworkId =
		createColumn(
			"instructorNetworkId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> title = createColumn(
		"title", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> place = createColumn(
		"place", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> onlineLink = createColumn(
		"onlineLink", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> agenda = createColumn(
		"agenda", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, String> notes = createColumn(
		"notes", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Integer> sequence = createColumn(
		"sequence", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<NetworkMeetingTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private NetworkMeetingTable() {
		super("LVInstructor_NetworkMeeting", NetworkMeetingTable::new);
	}

}