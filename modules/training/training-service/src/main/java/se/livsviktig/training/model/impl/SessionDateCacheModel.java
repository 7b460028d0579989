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

import se.livsviktig.training.model.SessionDate;

/**
 * The cache model class for representing SessionDate in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SessionDateCacheModel
	implements CacheModel<SessionDate>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SessionDateCacheModel)) {
			return false;
		}

		SessionDateCacheModel sessionDateCacheModel =
			(SessionDateCacheModel)object;

		if ((sessionDateId == sessionDateCacheModel.sessionDateId) &&
			(mvccVersion == sessionDateCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, sessionDateId);

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
		StringBundler sb = new StringBundler(31);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", sessionDateId=");
		sb.append(sessionDateId);
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
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", checkInCode=");
		sb.append(checkInCode);
		sb.append(", checkInOpenDate=");
		sb.append(checkInOpenDate);
		sb.append(", checkInCloseDate=");
		sb.append(checkInCloseDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SessionDate toEntityModel() {
		SessionDateImpl sessionDateImpl = new SessionDateImpl();

		sessionDateImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			sessionDateImpl.setUuid("");
		}
		else {
			sessionDateImpl.setUuid(uuid);
		}

		sessionDateImpl.setSessionDateId(sessionDateId);
		sessionDateImpl.setGroupId(groupId);
		sessionDateImpl.setCompanyId(companyId);
		sessionDateImpl.setUserId(userId);

		if (userName == null) {
			sessionDateImpl.setUserName("");
		}
		else {
			sessionDateImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			sessionDateImpl.setCreateDate(null);
		}
		else {
			sessionDateImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			sessionDateImpl.setModifiedDate(null);
		}
		else {
			sessionDateImpl.setModifiedDate(new Date(modifiedDate));
		}

		sessionDateImpl.setCourseSessionId(courseSessionId);

		if (startDate == Long.MIN_VALUE) {
			sessionDateImpl.setStartDate(null);
		}
		else {
			sessionDateImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			sessionDateImpl.setEndDate(null);
		}
		else {
			sessionDateImpl.setEndDate(new Date(endDate));
		}

		if (checkInCode == null) {
			sessionDateImpl.setCheckInCode("");
		}
		else {
			sessionDateImpl.setCheckInCode(checkInCode);
		}

		if (checkInOpenDate == Long.MIN_VALUE) {
			sessionDateImpl.setCheckInOpenDate(null);
		}
		else {
			sessionDateImpl.setCheckInOpenDate(new Date(checkInOpenDate));
		}

		if (checkInCloseDate == Long.MIN_VALUE) {
			sessionDateImpl.setCheckInCloseDate(null);
		}
		else {
			sessionDateImpl.setCheckInCloseDate(new Date(checkInCloseDate));
		}

		sessionDateImpl.resetOriginalValues();

		return sessionDateImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		sessionDateId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
		checkInCode = objectInput.readUTF();
		checkInOpenDate = objectInput.readLong();
		checkInCloseDate = objectInput.readLong();
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

		objectOutput.writeLong(sessionDateId);

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
		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		if (checkInCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(checkInCode);
		}

		objectOutput.writeLong(checkInOpenDate);
		objectOutput.writeLong(checkInCloseDate);
	}

	public long mvccVersion;
	public String uuid;
	public long sessionDateId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseSessionId;
	public long startDate;
	public long endDate;
	public String checkInCode;
	public long checkInOpenDate;
	public long checkInCloseDate;

}