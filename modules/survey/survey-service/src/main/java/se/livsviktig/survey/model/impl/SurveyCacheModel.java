/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.survey.model.Survey;

/**
 * The cache model class for representing Survey in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyCacheModel
	implements CacheModel<Survey>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyCacheModel)) {
			return false;
		}

		SurveyCacheModel surveyCacheModel = (SurveyCacheModel)object;

		if ((surveyId == surveyCacheModel.surveyId) &&
			(mvccVersion == surveyCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyId);

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
		StringBundler sb = new StringBundler(29);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", surveyId=");
		sb.append(surveyId);
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
		sb.append(", title=");
		sb.append(title);
		sb.append(", description=");
		sb.append(description);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", anonymous=");
		sb.append(anonymous);
		sb.append(", status=");
		sb.append(status);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Survey toEntityModel() {
		SurveyImpl surveyImpl = new SurveyImpl();

		surveyImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			surveyImpl.setUuid("");
		}
		else {
			surveyImpl.setUuid(uuid);
		}

		surveyImpl.setSurveyId(surveyId);
		surveyImpl.setGroupId(groupId);
		surveyImpl.setCompanyId(companyId);
		surveyImpl.setUserId(userId);

		if (userName == null) {
			surveyImpl.setUserName("");
		}
		else {
			surveyImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			surveyImpl.setCreateDate(null);
		}
		else {
			surveyImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			surveyImpl.setModifiedDate(null);
		}
		else {
			surveyImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (title == null) {
			surveyImpl.setTitle("");
		}
		else {
			surveyImpl.setTitle(title);
		}

		if (description == null) {
			surveyImpl.setDescription("");
		}
		else {
			surveyImpl.setDescription(description);
		}

		surveyImpl.setKind(kind);
		surveyImpl.setAnonymous(anonymous);
		surveyImpl.setStatus(status);

		surveyImpl.resetOriginalValues();

		return surveyImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		surveyId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		title = objectInput.readUTF();
		description = objectInput.readUTF();

		kind = objectInput.readInt();

		anonymous = objectInput.readBoolean();

		status = objectInput.readInt();
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

		objectOutput.writeLong(surveyId);

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

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		if (description == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(description);
		}

		objectOutput.writeInt(kind);

		objectOutput.writeBoolean(anonymous);

		objectOutput.writeInt(status);
	}

	public long mvccVersion;
	public String uuid;
	public long surveyId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String title;
	public String description;
	public int kind;
	public boolean anonymous;
	public int status;

}