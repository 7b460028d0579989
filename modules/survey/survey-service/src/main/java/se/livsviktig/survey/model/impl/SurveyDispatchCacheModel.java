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

import se.livsviktig.survey.model.SurveyDispatch;

/**
 * The cache model class for representing SurveyDispatch in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyDispatchCacheModel
	implements CacheModel<SurveyDispatch>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyDispatchCacheModel)) {
			return false;
		}

		SurveyDispatchCacheModel surveyDispatchCacheModel =
			(SurveyDispatchCacheModel)object;

		if ((surveyDispatchId == surveyDispatchCacheModel.surveyDispatchId) &&
			(mvccVersion == surveyDispatchCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyDispatchId);

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
		StringBundler sb = new StringBundler(39);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", surveyDispatchId=");
		sb.append(surveyDispatchId);
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
		sb.append(", surveyId=");
		sb.append(surveyId);
		sb.append(", methodId=");
		sb.append(methodId);
		sb.append(", triggerType=");
		sb.append(triggerType);
		sb.append(", delayDays=");
		sb.append(delayDays);
		sb.append(", windowStartDate=");
		sb.append(windowStartDate);
		sb.append(", closeDate=");
		sb.append(closeDate);
		sb.append(", reminderIntervalDays=");
		sb.append(reminderIntervalDays);
		sb.append(", maxReminders=");
		sb.append(maxReminders);
		sb.append(", status=");
		sb.append(status);
		sb.append(", lastRunDate=");
		sb.append(lastRunDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyDispatch toEntityModel() {
		SurveyDispatchImpl surveyDispatchImpl = new SurveyDispatchImpl();

		surveyDispatchImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			surveyDispatchImpl.setUuid("");
		}
		else {
			surveyDispatchImpl.setUuid(uuid);
		}

		surveyDispatchImpl.setSurveyDispatchId(surveyDispatchId);
		surveyDispatchImpl.setGroupId(groupId);
		surveyDispatchImpl.setCompanyId(companyId);
		surveyDispatchImpl.setUserId(userId);

		if (userName == null) {
			surveyDispatchImpl.setUserName("");
		}
		else {
			surveyDispatchImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			surveyDispatchImpl.setCreateDate(null);
		}
		else {
			surveyDispatchImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			surveyDispatchImpl.setModifiedDate(null);
		}
		else {
			surveyDispatchImpl.setModifiedDate(new Date(modifiedDate));
		}

		surveyDispatchImpl.setSurveyId(surveyId);
		surveyDispatchImpl.setMethodId(methodId);
		surveyDispatchImpl.setTriggerType(triggerType);
		surveyDispatchImpl.setDelayDays(delayDays);

		if (windowStartDate == Long.MIN_VALUE) {
			surveyDispatchImpl.setWindowStartDate(null);
		}
		else {
			surveyDispatchImpl.setWindowStartDate(new Date(windowStartDate));
		}

		if (closeDate == Long.MIN_VALUE) {
			surveyDispatchImpl.setCloseDate(null);
		}
		else {
			surveyDispatchImpl.setCloseDate(new Date(closeDate));
		}

		surveyDispatchImpl.setReminderIntervalDays(reminderIntervalDays);
		surveyDispatchImpl.setMaxReminders(maxReminders);
		surveyDispatchImpl.setStatus(status);

		if (lastRunDate == Long.MIN_VALUE) {
			surveyDispatchImpl.setLastRunDate(null);
		}
		else {
			surveyDispatchImpl.setLastRunDate(new Date(lastRunDate));
		}

		surveyDispatchImpl.resetOriginalValues();

		return surveyDispatchImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		surveyDispatchId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		surveyId = objectInput.readLong();

		methodId = objectInput.readLong();

		triggerType = objectInput.readInt();

		delayDays = objectInput.readInt();
		windowStartDate = objectInput.readLong();
		closeDate = objectInput.readLong();

		reminderIntervalDays = objectInput.readInt();

		maxReminders = objectInput.readInt();

		status = objectInput.readInt();
		lastRunDate = objectInput.readLong();
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

		objectOutput.writeLong(surveyDispatchId);

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

		objectOutput.writeLong(surveyId);

		objectOutput.writeLong(methodId);

		objectOutput.writeInt(triggerType);

		objectOutput.writeInt(delayDays);
		objectOutput.writeLong(windowStartDate);
		objectOutput.writeLong(closeDate);

		objectOutput.writeInt(reminderIntervalDays);

		objectOutput.writeInt(maxReminders);

		objectOutput.writeInt(status);
		objectOutput.writeLong(lastRunDate);
	}

	public long mvccVersion;
	public String uuid;
	public long surveyDispatchId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long surveyId;
	public long methodId;
	public int triggerType;
	public int delayDays;
	public long windowStartDate;
	public long closeDate;
	public int reminderIntervalDays;
	public int maxReminders;
	public int status;
	public long lastRunDate;

}