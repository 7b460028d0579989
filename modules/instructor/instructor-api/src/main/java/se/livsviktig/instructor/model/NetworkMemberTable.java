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
 * The table class for the &quot;LVInstructor_NetworkMember&quot; database table.
 *
 * @author Livsviktig
 * @see NetworkMember
 * @generated
 */
public class NetworkMemberTable extends BaseTable<NetworkMemberTable> {

	public static final NetworkMemberTable INSTANCE = new NetworkMemberTable();

	public final Column<NetworkMemberTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<NetworkMemberTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Long> networkMemberId =
		createColumn(
			"networkMemberId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<NetworkMemberTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Long> instructorNetworkId =
		createColumn(
			"instructorNetworkId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Long> memberUserId = createColumn(
		"memberUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<NetworkMemberTable, Integer> role = createColumn(
		"role_", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private NetworkMemberTable() {
		super("LVInstructor_NetworkMember", NetworkMemberTable::new);
	}

}