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
 * The table class for the &quot;LVInstructor_Certification&quot; database table.
 *
 * @author Livsviktig
 * @see Certification
 * @generated
 */
public class CertificationTable extends BaseTable<CertificationTable> {

	public static final CertificationTable INSTANCE = new CertificationTable();

	public final Column<CertificationTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CertificationTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> certificationId =
		createColumn(
			"certificationId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CertificationTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> holderUserId = createColumn(
		"holderUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> trainingMethodId =
		createColumn(
			"trainingMethodId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Date> certifiedDate = createColumn(
		"certifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Date> validUntil = createColumn(
		"validUntil", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> issuer = createColumn(
		"issuer", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> number = createColumn(
		"number_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> renewedCertificationId =
		createColumn(
			"renewedCertificationId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Integer> state = createColumn(
		"state_", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> stateByUserId = createColumn(
		"stateByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> stateByUserName =
		createColumn(
			"stateByUserName", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Date> stateDate = createColumn(
		"stateDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> stateReason = createColumn(
		"stateReason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CertificationTable, String> sex = createColumn(
		"sex", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private CertificationTable() {
		super("LVInstructor_Certification", CertificationTable::new);
	}

}