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
 * The table class for the &quot;LVTraining_SessionDate&quot; database table.
 *
 * @author Livsviktig
 * @see SessionDate
 * @generated
 */
public class SessionDateTable extends BaseTable<SessionDateTable> {

	public static final SessionDateTable INSTANCE = new SessionDateTable();

	public final Column<SessionDateTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SessionDateTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Long> sessionDateId = createColumn(
		"sessionDateId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SessionDateTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Long> courseSessionId = createColumn(
		"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, String> checkInCode = createColumn(
		"checkInCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> checkInOpenDate = createColumn(
		"checkInOpenDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionDateTable, Date> checkInCloseDate = createColumn(
		"checkInCloseDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private SessionDateTable() {
		super("LVTraining_SessionDate", SessionDateTable::new);
	}

}