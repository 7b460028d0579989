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

import se.livsviktig.training.model.TrainingNotice;

/**
 * The cache model class for representing TrainingNotice in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class TrainingNoticeCacheModel
	implements CacheModel<TrainingNotice>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof TrainingNoticeCacheModel)) {
			return false;
		}

		TrainingNoticeCacheModel trainingNoticeCacheModel =
			(TrainingNoticeCacheModel)object;

		if ((trainingNoticeId == trainingNoticeCacheModel.trainingNoticeId) &&
			(mvccVersion == trainingNoticeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, trainingNoticeId);

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
		StringBundler sb = new StringBundler(21);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", trainingNoticeId=");
		sb.append(trainingNoticeId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", noticeKey=");
		sb.append(noticeKey);
		sb.append(", noticeType=");
		sb.append(noticeType);
		sb.append(", registrationId=");
		sb.append(registrationId);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public TrainingNotice toEntityModel() {
		TrainingNoticeImpl trainingNoticeImpl = new TrainingNoticeImpl();

		trainingNoticeImpl.setMvccVersion(mvccVersion);
		trainingNoticeImpl.setTrainingNoticeId(trainingNoticeId);
		trainingNoticeImpl.setGroupId(groupId);
		trainingNoticeImpl.setCompanyId(companyId);
		trainingNoticeImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			trainingNoticeImpl.setCreateDate(null);
		}
		else {
			trainingNoticeImpl.setCreateDate(new Date(createDate));
		}

		if (noticeKey == null) {
			trainingNoticeImpl.setNoticeKey("");
		}
		else {
			trainingNoticeImpl.setNoticeKey(noticeKey);
		}

		if (noticeType == null) {
			trainingNoticeImpl.setNoticeType("");
		}
		else {
			trainingNoticeImpl.setNoticeType(noticeType);
		}

		trainingNoticeImpl.setRegistrationId(registrationId);
		trainingNoticeImpl.setCourseSessionId(courseSessionId);

		trainingNoticeImpl.resetOriginalValues();

		return trainingNoticeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		trainingNoticeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();
		noticeKey = objectInput.readUTF();
		noticeType = objectInput.readUTF();

		registrationId = objectInput.readLong();

		courseSessionId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(trainingNoticeId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);

		if (noticeKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(noticeKey);
		}

		if (noticeType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(noticeType);
		}

		objectOutput.writeLong(registrationId);

		objectOutput.writeLong(courseSessionId);
	}

	public long mvccVersion;
	public long trainingNoticeId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public String noticeKey;
	public String noticeType;
	public long registrationId;
	public long courseSessionId;

}