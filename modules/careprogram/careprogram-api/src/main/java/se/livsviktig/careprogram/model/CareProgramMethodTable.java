/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVCareProgram_ProgramMethod&quot; database table.
 *
 * @author Livsviktig
 * @see CareProgramMethod
 * @generated
 */
public class CareProgramMethodTable extends BaseTable<CareProgramMethodTable> {

	public static final CareProgramMethodTable INSTANCE =
		new CareProgramMethodTable();

	public final Column<CareProgramMethodTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CareProgramMethodTable, Long> careProgramMethodId =
		createColumn(
			"careProgramMethodId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<CareProgramMethodTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramMethodTable, Long> careProgramId =
		createColumn(
			"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramMethodTable, Long> methodId = createColumn(
		"methodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private CareProgramMethodTable() {
		super("LVCareProgram_ProgramMethod", CareProgramMethodTable::new);
	}

}