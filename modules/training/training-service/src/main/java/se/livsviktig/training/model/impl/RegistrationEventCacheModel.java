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

import se.livsviktig.training.model.RegistrationEvent;

/**
 * The cache model class for representing RegistrationEvent in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class RegistrationEventCacheModel
	implements CacheModel<RegistrationEvent>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RegistrationEventCacheModel)) {
			return false;
		}

		RegistrationEventCacheModel registrationEventCacheModel =
			(RegistrationEventCacheModel)object;

		if ((registrationEventId ==
				registrationEventCacheModel.registrationEventId) &&
			(mvccVersion == registrationEventCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, registrationEventId);

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
		sb.append(", registrationEventId=");
		sb.append(registrationEventId);
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
		sb.append(", registrationId=");
		sb.append(registrationId);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", type=");
		sb.append(type);
		sb.append(", fromStatus=");
		sb.append(fromStatus);
		sb.append(", toStatus=");
		sb.append(toStatus);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RegistrationEvent toEntityModel() {
		RegistrationEventImpl registrationEventImpl =
			new RegistrationEventImpl();

		registrationEventImpl.setMvccVersion(mvccVersion);
		registrationEventImpl.setRegistrationEventId(registrationEventId);
		registrationEventImpl.setGroupId(groupId);
		registrationEventImpl.setCompanyId(companyId);
		registrationEventImpl.setUserId(userId);

		if (userName == null) {
			registrationEventImpl.setUserName("");
		}
		else {
			registrationEventImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			registrationEventImpl.setCreateDate(null);
		}
		else {
			registrationEventImpl.setCreateDate(new Date(createDate));
		}

		registrationEventImpl.setRegistrationId(registrationId);
		registrationEventImpl.setCourseSessionId(courseSessionId);

		if (type == null) {
			registrationEventImpl.setType("");
		}
		else {
			registrationEventImpl.setType(type);
		}

		registrationEventImpl.setFromStatus(fromStatus);
		registrationEventImpl.setToStatus(toStatus);

		if (comment == null) {
			registrationEventImpl.setComment("");
		}
		else {
			registrationEventImpl.setComment(comment);
		}

		registrationEventImpl.resetOriginalValues();

		return registrationEventImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		registrationEventId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		registrationId = objectInput.readLong();

		courseSessionId = objectInput.readLong();
		type = objectInput.readUTF();

		fromStatus = objectInput.readInt();

		toStatus = objectInput.readInt();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(registrationEventId);

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

		objectOutput.writeLong(registrationId);

		objectOutput.writeLong(courseSessionId);

		if (type == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(type);
		}

		objectOutput.writeInt(fromStatus);

		objectOutput.writeInt(toStatus);

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long registrationEventId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long registrationId;
	public long courseSessionId;
	public String type;
	public int fromStatus;
	public int toStatus;
	public String comment;

}