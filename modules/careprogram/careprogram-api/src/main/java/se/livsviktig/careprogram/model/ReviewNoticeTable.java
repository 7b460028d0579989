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
 * The table class for the &quot;LVCareProgram_ReviewNotice&quot; database table.
 *
 * @author Livsviktig
 * @see ReviewNotice
 * @generated
 */
public class ReviewNoticeTable extends BaseTable<ReviewNoticeTable> {

	public static final ReviewNoticeTable INSTANCE = new ReviewNoticeTable();

	public final Column<ReviewNoticeTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ReviewNoticeTable, Long> reviewNoticeId = createColumn(
		"reviewNoticeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ReviewNoticeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, Long> careProgramId = createColumn(
		"careProgramId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, Long> localRoutineId = createColumn(
		"localRoutineId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, Long> recipientUserId = createColumn(
		"recipientUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, Integer> noticeKind = createColumn(
		"noticeKind", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<ReviewNoticeTable, String> episodeKey = createColumn(
		"episodeKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ReviewNoticeTable() {
		super("LVCareProgram_ReviewNotice", ReviewNoticeTable::new);
	}

}