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
 * The table class for the &quot;LVTraining_SessionAudience&quot; database table.
 *
 * @author Livsviktig
 * @see SessionAudience
 * @generated
 */
public class SessionAudienceTable extends BaseTable<SessionAudienceTable> {

	public static final SessionAudienceTable INSTANCE =
		new SessionAudienceTable();

	public final Column<SessionAudienceTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SessionAudienceTable, Long> sessionAudienceId =
		createColumn(
			"sessionAudienceId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SessionAudienceTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionAudienceTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionAudienceTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SessionAudienceTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SessionAudienceTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private SessionAudienceTable() {
		super("LVTraining_SessionAudience", SessionAudienceTable::new);
	}

}