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

import se.livsviktig.report.model.ReportFreeze;

/**
 * The cache model class for representing ReportFreeze in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class ReportFreezeCacheModel
	implements CacheModel<ReportFreeze>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportFreezeCacheModel)) {
			return false;
		}

		ReportFreezeCacheModel reportFreezeCacheModel =
			(ReportFreezeCacheModel)object;

		if ((reportFreezeId == reportFreezeCacheModel.reportFreezeId) &&
			(mvccVersion == reportFreezeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, reportFreezeId);

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
		StringBundler sb = new StringBundler(35);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", reportFreezeId=");
		sb.append(reportFreezeId);
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
		sb.append(", periodFrom=");
		sb.append(periodFrom);
		sb.append(", periodTo=");
		sb.append(periodTo);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", status=");
		sb.append(status);
		sb.append(", unfrozenByUserId=");
		sb.append(unfrozenByUserId);
		sb.append(", unfrozenByUserName=");
		sb.append(unfrozenByUserName);
		sb.append(", unfrozenDate=");
		sb.append(unfrozenDate);
		sb.append(", unfreezeReason=");
		sb.append(unfreezeReason);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ReportFreeze toEntityModel() {
		ReportFreezeImpl reportFreezeImpl = new ReportFreezeImpl();

		reportFreezeImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			reportFreezeImpl.setUuid("");
		}
		else {
			reportFreezeImpl.setUuid(uuid);
		}

		reportFreezeImpl.setReportFreezeId(reportFreezeId);
		reportFreezeImpl.setGroupId(groupId);
		reportFreezeImpl.setCompanyId(companyId);
		reportFreezeImpl.setUserId(userId);

		if (userName == null) {
			reportFreezeImpl.setUserName("");
		}
		else {
			reportFreezeImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			reportFreezeImpl.setCreateDate(null);
		}
		else {
			reportFreezeImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			reportFreezeImpl.setModifiedDate(null);
		}
		else {
			reportFreezeImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (periodFrom == Long.MIN_VALUE) {
			reportFreezeImpl.setPeriodFrom(null);
		}
		else {
			reportFreezeImpl.setPeriodFrom(new Date(periodFrom));
		}

		if (periodTo == Long.MIN_VALUE) {
			reportFreezeImpl.setPeriodTo(null);
		}
		else {
			reportFreezeImpl.setPeriodTo(new Date(periodTo));
		}

		reportFreezeImpl.setOrganizationId(organizationId);
		reportFreezeImpl.setStatus(status);
		reportFreezeImpl.setUnfrozenByUserId(unfrozenByUserId);

		if (unfrozenByUserName == null) {
			reportFreezeImpl.setUnfrozenByUserName("");
		}
		else {
			reportFreezeImpl.setUnfrozenByUserName(unfrozenByUserName);
		}

		if (unfrozenDate == Long.MIN_VALUE) {
			reportFreezeImpl.setUnfrozenDate(null);
		}
		else {
			reportFreezeImpl.setUnfrozenDate(new Date(unfrozenDate));
		}

		if (unfreezeReason == null) {
			reportFreezeImpl.setUnfreezeReason("");
		}
		else {
			reportFreezeImpl.setUnfreezeReason(unfreezeReason);
		}

		reportFreezeImpl.resetOriginalValues();

		return reportFreezeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		reportFreezeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		periodFrom = objectInput.readLong();
		periodTo = objectInput.readLong();

		organizationId = objectInput.readLong();

		status = objectInput.readInt();

		unfrozenByUserId = objectInput.readLong();
		unfrozenByUserName = objectInput.readUTF();
		unfrozenDate = objectInput.readLong();
		unfreezeReason = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		if (uuid == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uuid);
		}

		objectOutput.writeLong(reportFreezeId);

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
		objectOutput.writeLong(periodFrom);
		objectOutput.writeLong(periodTo);

		objectOutput.writeLong(organizationId);

		objectOutput.writeInt(status);

		objectOutput.writeLong(unfrozenByUserId);

		if (unfrozenByUserName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(unfrozenByUserName);
		}

		objectOutput.writeLong(unfrozenDate);

		if (unfreezeReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(unfreezeReason);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long reportFreezeId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long periodFrom;
	public long periodTo;
	public long organizationId;
	public int status;
	public long unfrozenByUserId;
	public String unfrozenByUserName;
	public long unfrozenDate;
	public String unfreezeReason;

}