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
 * The table class for the &quot;LVTraining_TrainingNotice&quot; database table.
 *
 * @author Livsviktig
 * @see TrainingNotice
 * @generated
 */
public class TrainingNoticeTable extends BaseTable<TrainingNoticeTable> {

	public static final TrainingNoticeTable INSTANCE =
		new TrainingNoticeTable();

	public final Column<TrainingNoticeTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<TrainingNoticeTable, Long> trainingNoticeId =
		createColumn(
			"trainingNoticeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<TrainingNoticeTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, String> noticeKey = createColumn(
		"noticeKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, String> noticeType = createColumn(
		"noticeType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, Long> registrationId =
		createColumn(
			"registrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<TrainingNoticeTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private TrainingNoticeTable() {
		super("LVTraining_TrainingNotice", TrainingNoticeTable::new);
	}

}