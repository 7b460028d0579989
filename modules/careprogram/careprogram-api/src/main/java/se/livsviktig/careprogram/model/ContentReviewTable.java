/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;LVCareProgram_ContentReview&quot; database table.
 *
 * @author Livsviktig
 * @see ContentReview
 * @generated
 */
public class ContentReviewTable extends BaseTable<ContentReviewTable> {

	public static final ContentReviewTable INSTANCE = new ContentReviewTable();

	public final Column<ContentReviewTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ContentReviewTable, Long> contentReviewId =
		createColumn(
			"contentReviewId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ContentReviewTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Long> careProgramId = createColumn(
		"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Long> localRoutineId = createColumn(
		"localRoutineId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Date> reviewDate = createColumn(
		"reviewDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Integer> reviewKind = createColumn(
		"reviewKind", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ContentReviewTable, Double> articleVersion =
		createColumn(
			"articleVersion", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);

	private ContentReviewTable() {
		super("LVCareProgram_ContentReview", ContentReviewTable::new);
	}

}