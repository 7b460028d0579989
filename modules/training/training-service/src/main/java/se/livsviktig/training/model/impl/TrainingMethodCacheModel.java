/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.training.model.TrainingMethod;

/**
 * The cache model class for representing TrainingMethod in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class TrainingMethodCacheModel
	implements CacheModel<TrainingMethod>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof TrainingMethodCacheModel)) {
			return false;
		}

		TrainingMethodCacheModel trainingMethodCacheModel =
			(TrainingMethodCacheModel)object;

		if ((trainingMethodId == trainingMethodCacheModel.trainingMethodId) &&
			(mvccVersion == trainingMethodCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, trainingMethodId);

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
		StringBundler sb = new StringBundler(45);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", externalReferenceCode=");
		sb.append(externalReferenceCode);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
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
		sb.append(", name=");
		sb.append(name);
		sb.append(", description=");
		sb.append(description);
		sb.append(", certifiedInstructorsRequired=");
		sb.append(certifiedInstructorsRequired);
		sb.append(", instructorsPerSession=");
		sb.append(instructorsPerSession);
		sb.append(", requiredAttendancePercent=");
		sb.append(requiredAttendancePercent);
		sb.append(", licenceSessionsRequired=");
		sb.append(licenceSessionsRequired);
		sb.append(", licencePeriodMonths=");
		sb.append(licencePeriodMonths);
		sb.append(", followUpSurveyDays=");
		sb.append(followUpSurveyDays);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusByUserId=");
		sb.append(statusByUserId);
		sb.append(", statusByUserName=");
		sb.append(statusByUserName);
		sb.append(", statusDate=");
		sb.append(statusDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public TrainingMethod toEntityModel() {
		TrainingMethodImpl trainingMethodImpl = new TrainingMethodImpl();

		trainingMethodImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			trainingMethodImpl.setUuid("");
		}
		else {
			trainingMethodImpl.setUuid(uuid);
		}

		if (externalReferenceCode == null) {
			trainingMethodImpl.setExternalReferenceCode("");
		}
		else {
			trainingMethodImpl.setExternalReferenceCode(externalReferenceCode);
		}

		trainingMethodImpl.setTrainingMethodId(trainingMethodId);
		trainingMethodImpl.setGroupId(groupId);
		trainingMethodImpl.setCompanyId(companyId);
		trainingMethodImpl.setUserId(userId);

		if (userName == null) {
			trainingMethodImpl.setUserName("");
		}
		else {
			trainingMethodImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			trainingMethodImpl.setCreateDate(null);
		}
		else {
			trainingMethodImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			trainingMethodImpl.setModifiedDate(null);
		}
		else {
			trainingMethodImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (name == null) {
			trainingMethodImpl.setName("");
		}
		else {
			trainingMethodImpl.setName(name);
		}

		if (description == null) {
			trainingMethodImpl.setDescription("");
		}
		else {
			trainingMethodImpl.setDescription(description);
		}

		trainingMethodImpl.setCertifiedInstructorsRequired(
			certifiedInstructorsRequired);
		trainingMethodImpl.setInstructorsPerSession(instructorsPerSession);
		trainingMethodImpl.setRequiredAttendancePercent(
			requiredAttendancePercent);
		trainingMethodImpl.setLicenceSessionsRequired(licenceSessionsRequired);
		trainingMethodImpl.setLicencePeriodMonths(licencePeriodMonths);
		trainingMethodImpl.setFollowUpSurveyDays(followUpSurveyDays);
		trainingMethodImpl.setStatus(status);
		trainingMethodImpl.setStatusByUserId(statusByUserId);

		if (statusByUserName == null) {
			trainingMethodImpl.setStatusByUserName("");
		}
		else {
			trainingMethodImpl.setStatusByUserName(statusByUserName);
		}

		if (statusDate == Long.MIN_VALUE) {
			trainingMethodImpl.setStatusDate(null);
		}
		else {
			trainingMethodImpl.setStatusDate(new Date(statusDate));
		}

		trainingMethodImpl.resetOriginalValues();

		return trainingMethodImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();
		externalReferenceCode = objectInput.readUTF();

		trainingMethodId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		name = objectInput.readUTF();
		description = objectInput.readUTF();

		certifiedInstructorsRequired = objectInput.readBoolean();

		instructorsPerSession = objectInput.readInt();

		requiredAttendancePercent = objectInput.readInt();

		licenceSessionsRequired = objectInput.readInt();

		licencePeriodMonths = objectInput.readInt();

		followUpSurveyDays = objectInput.readInt();

		status = objectInput.readInt();

		statusByUserId = objectInput.readLong();
		statusByUserName = objectInput.readUTF();
		statusDate = objectInput.readLong();
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

		if (externalReferenceCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(externalReferenceCode);
		}

		objectOutput.writeLong(trainingMethodId);

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

		if (name == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(name);
		}

		if (description == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(description);
		}

		objectOutput.writeBoolean(certifiedInstructorsRequired);

		objectOutput.writeInt(instructorsPerSession);

		objectOutput.writeInt(requiredAttendancePercent);

		objectOutput.writeInt(licenceSessionsRequired);

		objectOutput.writeInt(licencePeriodMonths);

		objectOutput.writeInt(followUpSurveyDays);

		objectOutput.writeInt(status);

		objectOutput.writeLong(statusByUserId);

		if (statusByUserName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusByUserName);
		}

		objectOutput.writeLong(statusDate);
	}

	public long mvccVersion;
	public String uuid;
	public String externalReferenceCode;
	public long trainingMethodId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String name;
	public String description;
	public boolean certifiedInstructorsRequired;
	public int instructorsPerSession;
	public int requiredAttendancePercent;
	public int licenceSessionsRequired;
	public int licencePeriodMonths;
	public int followUpSurveyDays;
	public int status;
	public long statusByUserId;
	public String statusByUserName;
	public long statusDate;

}