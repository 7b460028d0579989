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
 * The table class for the &quot;LVTraining_RegistrationEvent&quot; database table.
 *
 * @author Livsviktig
 * @see RegistrationEvent
 * @generated
 */
public class RegistrationEventTable extends BaseTable<RegistrationEventTable> {

	public static final RegistrationEventTable INSTANCE =
		new RegistrationEventTable();

	public final Column<RegistrationEventTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RegistrationEventTable, Long> registrationEventId =
		createColumn(
			"registrationEventId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RegistrationEventTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Long> registrationId =
		createColumn(
			"registrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, String> type = createColumn(
		"type_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Integer> fromStatus =
		createColumn(
			"fromStatus", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, Integer> toStatus =
		createColumn(
			"toStatus", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RegistrationEventTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RegistrationEventTable() {
		super("LVTraining_RegistrationEvent", RegistrationEventTable::new);
	}

}