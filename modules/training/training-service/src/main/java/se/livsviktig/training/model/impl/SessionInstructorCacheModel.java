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

import se.livsviktig.training.model.SessionInstructor;

/**
 * The cache model class for representing SessionInstructor in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SessionInstructorCacheModel
	implements CacheModel<SessionInstructor>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SessionInstructorCacheModel)) {
			return false;
		}

		SessionInstructorCacheModel sessionInstructorCacheModel =
			(SessionInstructorCacheModel)object;

		if ((sessionInstructorId ==
				sessionInstructorCacheModel.sessionInstructorId) &&
			(mvccVersion == sessionInstructorCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, sessionInstructorId);

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
		sb.append(", sessionInstructorId=");
		sb.append(sessionInstructorId);
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
		sb.append(", instructorUserId=");
		sb.append(instructorUserId);
		sb.append(", message=");
		sb.append(message);
		sb.append(", responseDate=");
		sb.append(responseDate);
		sb.append(", status=");
		sb.append(status);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SessionInstructor toEntityModel() {
		SessionInstructorImpl sessionInstructorImpl =
			new SessionInstructorImpl();

		sessionInstructorImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			sessionInstructorImpl.setUuid("");
		}
		else {
			sessionInstructorImpl.setUuid(uuid);
		}

		sessionInstructorImpl.setSessionInstructorId(sessionInstructorId);
		sessionInstructorImpl.setGroupId(groupId);
		sessionInstructorImpl.setCompanyId(companyId);
		sessionInstructorImpl.setUserId(userId);

		if (userName == null) {
			sessionInstructorImpl.setUserName("");
		}
		else {
			sessionInstructorImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			sessionInstructorImpl.setCreateDate(null);
		}
		else {
			sessionInstructorImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			sessionInstructorImpl.setModifiedDate(null);
		}
		else {
			sessionInstructorImpl.setModifiedDate(new Date(modifiedDate));
		}

		sessionInstructorImpl.setCourseSessionId(courseSessionId);
		sessionInstructorImpl.setInstructorUserId(instructorUserId);

		if (message == null) {
			sessionInstructorImpl.setMessage("");
		}
		else {
			sessionInstructorImpl.setMessage(message);
		}

		if (responseDate == Long.MIN_VALUE) {
			sessionInstructorImpl.setResponseDate(null);
		}
		else {
			sessionInstructorImpl.setResponseDate(new Date(responseDate));
		}

		sessionInstructorImpl.setStatus(status);

		sessionInstructorImpl.resetOriginalValues();

		return sessionInstructorImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		sessionInstructorId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		instructorUserId = objectInput.readLong();
		message = objectInput.readUTF();
		responseDate = objectInput.readLong();

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

		objectOutput.writeLong(sessionInstructorId);

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

		objectOutput.writeLong(instructorUserId);

		if (message == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(message);
		}

		objectOutput.writeLong(responseDate);

		objectOutput.writeInt(status);
	}

	public long mvccVersion;
	public String uuid;
	public long sessionInstructorId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseSessionId;
	public long instructorUserId;
	public String message;
	public long responseDate;
	public int status;

}