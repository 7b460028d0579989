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
 * The table class for the &quot;LVInstructor_InstructorNetwork&quot; database table.
 *
 * @author Livsviktig
 * @see InstructorNetwork
 * @generated
 */
public class InstructorNetworkTable extends BaseTable<InstructorNetworkTable> {

	public static final InstructorNetworkTable INSTANCE =
		new InstructorNetworkTable();

	public final Column<InstructorNetworkTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<InstructorNetworkTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, Long> instructorNetworkId =
		createColumn(
			"instructorNetworkId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<InstructorNetworkTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, String> description =
		createColumn(
			"description", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<InstructorNetworkTable, String> trainingMethodIds =
		createColumn(
			"trainingMethodIds", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);

	private InstructorNetworkTable() {
		super("LVInstructor_InstructorNetwork", InstructorNetworkTable::new);
	}

}