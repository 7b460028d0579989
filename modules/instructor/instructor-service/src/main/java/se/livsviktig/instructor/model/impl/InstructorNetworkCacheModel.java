/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.instructor.model.InstructorNetwork;

/**
 * The cache model class for representing InstructorNetwork in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class InstructorNetworkCacheModel
	implements CacheModel<InstructorNetwork>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InstructorNetworkCacheModel)) {
			return false;
		}

		InstructorNetworkCacheModel instructorNetworkCacheModel =
			(InstructorNetworkCacheModel)object;

		if ((instructorNetworkId ==
				instructorNetworkCacheModel.instructorNetworkId) &&
			(mvccVersion == instructorNetworkCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, instructorNetworkId);

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
		sb.append(", instructorNetworkId=");
		sb.append(instructorNetworkId);
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
		sb.append(", trainingMethodIds=");
		sb.append(trainingMethodIds);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public InstructorNetwork toEntityModel() {
		InstructorNetworkImpl instructorNetworkImpl =
			new InstructorNetworkImpl();

		instructorNetworkImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			instructorNetworkImpl.setUuid("");
		}
		else {
			instructorNetworkImpl.setUuid(uuid);
		}

		instructorNetworkImpl.setInstructorNetworkId(instructorNetworkId);
		instructorNetworkImpl.setGroupId(groupId);
		instructorNetworkImpl.setCompanyId(companyId);
		instructorNetworkImpl.setUserId(userId);

		if (userName == null) {
			instructorNetworkImpl.setUserName("");
		}
		else {
			instructorNetworkImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			instructorNetworkImpl.setCreateDate(null);
		}
		else {
			instructorNetworkImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			instructorNetworkImpl.setModifiedDate(null);
		}
		else {
			instructorNetworkImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (name == null) {
			instructorNetworkImpl.setName("");
		}
		else {
			instructorNetworkImpl.setName(name);
		}

		if (description == null) {
			instructorNetworkImpl.setDescription("");
		}
		else {
			instructorNetworkImpl.setDescription(description);
		}

		if (trainingMethodIds == null) {
			instructorNetworkImpl.setTrainingMethodIds("");
		}
		else {
			instructorNetworkImpl.setTrainingMethodIds(trainingMethodIds);
		}

		instructorNetworkImpl.resetOriginalValues();

		return instructorNetworkImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		instructorNetworkId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		name = objectInput.readUTF();
		description = objectInput.readUTF();
		trainingMethodIds = objectInput.readUTF();
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

		objectOutput.writeLong(instructorNetworkId);

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

		if (trainingMethodIds == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(trainingMethodIds);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long instructorNetworkId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String name;
	public String description;
	public String trainingMethodIds;

}