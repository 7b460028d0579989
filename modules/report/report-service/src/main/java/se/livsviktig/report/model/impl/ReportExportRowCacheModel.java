/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.report.model.ReportExportRow;

/**
 * The cache model class for representing ReportExportRow in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class ReportExportRowCacheModel
	implements CacheModel<ReportExportRow>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportExportRowCacheModel)) {
			return false;
		}

		ReportExportRowCacheModel reportExportRowCacheModel =
			(ReportExportRowCacheModel)object;

		if ((reportExportRowId ==
				reportExportRowCacheModel.reportExportRowId) &&
			(mvccVersion == reportExportRowCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, reportExportRowId);

		return HashUtil.hash(hashCode, mvccVersion);
	}

	@Override
	public long getMvccVersion() {
		return mvccVersion;
	}

	@Override
	public void setMvccVersion(long mvccVersion) {
		this.mvccVersion = mvccVersion;
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(27);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", reportExportRowId=");
		sb.append(reportExportRowId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", position=");
		sb.append(position);
		sb.append(", label=");
		sb.append(label);
		sb.append(", figureKey=");
		sb.append(figureKey);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
		sb.append(", sex=");
		sb.append(sex);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ReportExportRow toEntityModel() {
		ReportExportRowImpl reportExportRowImpl = new ReportExportRowImpl();

		reportExportRowImpl.setMvccVersion(mvccVersion);
		reportExportRowImpl.setReportExportRowId(reportExportRowId);
		reportExportRowImpl.setGroupId(groupId);
		reportExportRowImpl.setCompanyId(companyId);
		reportExportRowImpl.setUserId(userId);

		if (userName == null) {
			reportExportRowImpl.setUserName("");
		}
		else {
			reportExportRowImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			reportExportRowImpl.setCreateDate(null);
		}
		else {
			reportExportRowImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			reportExportRowImpl.setModifiedDate(null);
		}
		else {
			reportExportRowImpl.setModifiedDate(new Date(modifiedDate));
		}

		reportExportRowImpl.setPosition(position);

		if (label == null) {
			reportExportRowImpl.setLabel("");
		}
		else {
			reportExportRowImpl.setLabel(label);
		}

		if (figureKey == null) {
			reportExportRowImpl.setFigureKey("");
		}
		else {
			reportExportRowImpl.setFigureKey(figureKey);
		}

		reportExportRowImpl.setTrainingMethodId(trainingMethodId);

		if (sex == null) {
			reportExportRowImpl.setSex("");
		}
		else {
			reportExportRowImpl.setSex(sex);
		}

		reportExportRowImpl.resetOriginalValues();

		return reportExportRowImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		reportExportRowId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		position = objectInput.readInt();
		label = objectInput.readUTF();
		figureKey = objectInput.readUTF();

		trainingMethodId = objectInput.readLong();
		sex = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(reportExportRowId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeInt(position);

		if (label == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(label);
		}

		if (figureKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(figureKey);
		}

		objectOutput.writeLong(trainingMethodId);

		if (sex == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sex);
		}
	}

	public long mvccVersion;
	public long reportExportRowId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public int position;
	public String label;
	public String figureKey;
	public long trainingMethodId;
	public String sex;

}