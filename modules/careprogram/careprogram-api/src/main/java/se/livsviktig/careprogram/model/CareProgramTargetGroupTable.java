/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;LVCareProgram_TargetGroup&quot; database table.
 *
 * @author Livsviktig
 * @see CareProgramTargetGroup
 * @generated
 */
public class CareProgramTargetGroupTable
	extends BaseTable<CareProgramTargetGroupTable> {

	public static final CareProgramTargetGroupTable INSTANCE =
		new CareProgramTargetGroupTable();

	public final Column<CareProgramTargetGroupTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CareProgramTargetGroupTable, Long>
		careProgramTargetGroupId = createColumn(
			"careProgramTargetGroupId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<CareProgramTargetGroupTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTargetGroupTable, Long> careProgramId =
		createColumn(
			"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CareProgramTargetGroupTable, Long> assetCategoryId =
		createColumn(
			"assetCategoryId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private CareProgramTargetGroupTable() {
		super("LVCareProgram_TargetGroup", CareProgramTargetGroupTable::new);
	}

}