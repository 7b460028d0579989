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

import se.livsviktig.training.model.Attendance;

/**
 * The cache model class for representing Attendance in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class AttendanceCacheModel
	implements CacheModel<Attendance>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AttendanceCacheModel)) {
			return false;
		}

		AttendanceCacheModel attendanceCacheModel =
			(AttendanceCacheModel)object;

		if ((attendanceId == attendanceCacheModel.attendanceId) &&
			(mvccVersion == attendanceCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, attendanceId);

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
		sb.append(", attendanceId=");
		sb.append(attendanceId);
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
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", sessionDateId=");
		sb.append(sessionDateId);
		sb.append(", registrationId=");
		sb.append(registrationId);
		sb.append(", present=");
		sb.append(present);
		sb.append(", source=");
		sb.append(source);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Attendance toEntityModel() {
		AttendanceImpl attendanceImpl = new AttendanceImpl();

		attendanceImpl.setMvccVersion(mvccVersion);
		attendanceImpl.setAttendanceId(attendanceId);
		attendanceImpl.setGroupId(groupId);
		attendanceImpl.setCompanyId(companyId);
		attendanceImpl.setUserId(userId);

		if (userName == null) {
			attendanceImpl.setUserName("");
		}
		else {
			attendanceImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			attendanceImpl.setCreateDate(null);
		}
		else {
			attendanceImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			attendanceImpl.setModifiedDate(null);
		}
		else {
			attendanceImpl.setModifiedDate(new Date(modifiedDate));
		}

		attendanceImpl.setCourseSessionId(courseSessionId);
		attendanceImpl.setSessionDateId(sessionDateId);
		attendanceImpl.setRegistrationId(registrationId);
		attendanceImpl.setPresent(present);
		attendanceImpl.setSource(source);

		attendanceImpl.resetOriginalValues();

		return attendanceImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		attendanceId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		sessionDateId = objectInput.readLong();

		registrationId = objectInput.readLong();

		present = objectInput.readBoolean();

		source = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(attendanceId);

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

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(sessionDateId);

		objectOutput.writeLong(registrationId);

		objectOutput.writeBoolean(present);

		objectOutput.writeInt(source);
	}

	public long mvccVersion;
	public long attendanceId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseSessionId;
	public long sessionDateId;
	public long registrationId;
	public boolean present;
	public int source;

}