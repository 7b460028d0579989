/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVCareProgram_ProgramContact&quot; database table.
 *
 * @author Livsviktig
 * @see CareProgramContact
 * @generated
 */
public class CareProgramContactTable
	extends BaseTable<CareProgramContactTable> {

	public static final CareProgramContactTable INSTANCE =
		new CareProgramContactTable();

	public final Column<CareProgramContactTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CareProgramContactTable, Long> careProgramContactId =
		createColumn(
			"careProgramContactId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<CareProgramContactTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramContactTable, Long> careProgramId =
		createColumn(
			"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramContactTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramContactTable, Integer> position =
		createColumn(
			"position", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private CareProgramContactTable() {
		super("LVCareProgram_ProgramContact", CareProgramContactTable::new);
	}

}