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
 * The table class for the &quot;LVTraining_CourseSession&quot; database table.
 *
 * @author Livsviktig
 * @see CourseSession
 * @generated
 */
public class CourseSessionTable extends BaseTable<CourseSessionTable> {

	public static final CourseSessionTable INSTANCE = new CourseSessionTable();

	public final Column<CourseSessionTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CourseSessionTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> courseSessionId =
		createColumn(
			"courseSessionId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CourseSessionTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> courseId = createColumn(
		"courseId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> trainingMethodId =
		createColumn(
			"trainingMethodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> coordinatorUserId =
		createColumn(
			"coordinatorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> deliveryMode =
		createColumn(
			"deliveryMode", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> venueName = createColumn(
		"venueName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> venueAddress = createColumn(
		"venueAddress", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> locality = createColumn(
		"locality", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> onlineMeetingURL =
		createColumn(
			"onlineMeetingURL", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> seats = createColumn(
		"seats", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> seatsTaken = createColumn(
		"seatsTaken", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> waitlistedCount =
		createColumn(
			"waitlistedCount", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> queueSequence = createColumn(
		"queueSequence", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> registrationOpenDate =
		createColumn(
			"registrationOpenDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> registrationCloseDate =
		createColumn(
			"registrationCloseDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> cancellationDeadline =
		createColumn(
			"cancellationDeadline", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Boolean> approvalRequired =
		createColumn(
			"approvalRequired", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> waitlistMode =
		createColumn(
			"waitlistMode", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> offerHours = createColumn(
		"offerHours", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Boolean> dietaryNeedsRequested =
		createColumn(
			"dietaryNeedsRequested", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> note = createColumn(
		"note", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Integer> status = createColumn(
		"status", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Long> statusByUserId = createColumn(
		"statusByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> statusByUserName =
		createColumn(
			"statusByUserName", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, Date> statusDate = createColumn(
		"statusDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTable, String> statusReason = createColumn(
		"statusReason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private CourseSessionTable() {
		super("LVTraining_CourseSession", CourseSessionTable::new);
	}

}