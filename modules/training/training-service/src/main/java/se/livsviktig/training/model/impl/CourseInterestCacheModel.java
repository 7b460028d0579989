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

import se.livsviktig.training.model.CourseInterest;

/**
 * The cache model class for representing CourseInterest in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CourseInterestCacheModel
	implements CacheModel<CourseInterest>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CourseInterestCacheModel)) {
			return false;
		}

		CourseInterestCacheModel courseInterestCacheModel =
			(CourseInterestCacheModel)object;

		if ((courseInterestId == courseInterestCacheModel.courseInterestId) &&
			(mvccVersion == courseInterestCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, courseInterestId);

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
		StringBundler sb = new StringBundler(25);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", courseInterestId=");
		sb.append(courseInterestId);
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
		sb.append(", courseId=");
		sb.append(courseId);
		sb.append(", notifiedDate=");
		sb.append(notifiedDate);
		sb.append(", status=");
		sb.append(status);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CourseInterest toEntityModel() {
		CourseInterestImpl courseInterestImpl = new CourseInterestImpl();

		courseInterestImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			courseInterestImpl.setUuid("");
		}
		else {
			courseInterestImpl.setUuid(uuid);
		}

		courseInterestImpl.setCourseInterestId(courseInterestId);
		courseInterestImpl.setGroupId(groupId);
		courseInterestImpl.setCompanyId(companyId);
		courseInterestImpl.setUserId(userId);

		if (userName == null) {
			courseInterestImpl.setUserName("");
		}
		else {
			courseInterestImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			courseInterestImpl.setCreateDate(null);
		}
		else {
			courseInterestImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			courseInterestImpl.setModifiedDate(null);
		}
		else {
			courseInterestImpl.setModifiedDate(new Date(modifiedDate));
		}

		courseInterestImpl.setCourseId(courseId);

		if (notifiedDate == Long.MIN_VALUE) {
			courseInterestImpl.setNotifiedDate(null);
		}
		else {
			courseInterestImpl.setNotifiedDate(new Date(notifiedDate));
		}

		courseInterestImpl.setStatus(status);

		courseInterestImpl.resetOriginalValues();

		return courseInterestImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		courseInterestId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseId = objectInput.readLong();
		notifiedDate = objectInput.readLong();

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

		objectOutput.writeLong(courseInterestId);

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

		objectOutput.writeLong(courseId);
		objectOutput.writeLong(notifiedDate);

		objectOutput.writeInt(status);
	}

	public long mvccVersion;
	public String uuid;
	public long courseInterestId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseId;
	public long notifiedDate;
	public int status;

}