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
 * The table class for the &quot;LVTraining_SessionQuota&quot; database table.
 *
 * @author Livsviktig
 * @see SessionQuota
 * @generated
 */
public class SessionQuotaTable extends BaseTable<SessionQuotaTable> {

	public static final SessionQuotaTable INSTANCE = new SessionQuotaTable();

	public final Column<SessionQuotaTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SessionQuotaTable, Long> sessionQuotaId = createColumn(
		"sessionQuotaId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SessionQuotaTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Long> courseSessionId = createColumn(
		"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Integer> seats = createColumn(
		"seats", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Date> releaseDate = createColumn(
		"releaseDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionQuotaTable, Boolean> released = createColumn(
		"released", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);

	private SessionQuotaTable() {
		super("LVTraining_SessionQuota", SessionQuotaTable::new);
	}

}