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

import se.livsviktig.instructor.model.NetworkMember;

/**
 * The cache model class for representing NetworkMember in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class NetworkMemberCacheModel
	implements CacheModel<NetworkMember>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof NetworkMemberCacheModel)) {
			return false;
		}

		NetworkMemberCacheModel networkMemberCacheModel =
			(NetworkMemberCacheModel)object;

		if ((networkMemberId == networkMemberCacheModel.networkMemberId) &&
			(mvccVersion == networkMemberCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, networkMemberId);

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
		sb.append(", networkMemberId=");
		sb.append(networkMemberId);
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
		sb.append(", instructorNetworkId=");
		sb.append(instructorNetworkId);
		sb.append(", memberUserId=");
		sb.append(memberUserId);
		sb.append(", role=");
		sb.append(role);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public NetworkMember toEntityModel() {
		NetworkMemberImpl networkMemberImpl = new NetworkMemberImpl();

		networkMemberImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			networkMemberImpl.setUuid("");
		}
		else {
			networkMemberImpl.setUuid(uuid);
		}

		networkMemberImpl.setNetworkMemberId(networkMemberId);
		networkMemberImpl.setGroupId(groupId);
		networkMemberImpl.setCompanyId(companyId);
		networkMemberImpl.setUserId(userId);

		if (userName == null) {
			networkMemberImpl.setUserName("");
		}
		else {
			networkMemberImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			networkMemberImpl.setCreateDate(null);
		}
		else {
			networkMemberImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			networkMemberImpl.setModifiedDate(null);
		}
		else {
			networkMemberImpl.setModifiedDate(new Date(modifiedDate));
		}

		networkMemberImpl.setInstructorNetworkId(instructorNetworkId);
		networkMemberImpl.setMemberUserId(memberUserId);
		networkMemberImpl.setRole(role);

		networkMemberImpl.resetOriginalValues();

		return networkMemberImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		networkMemberId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		instructorNetworkId = objectInput.readLong();

		memberUserId = objectInput.readLong();

		role = objectInput.readInt();
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

		objectOutput.writeLong(networkMemberId);

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

		objectOutput.writeLong(instructorNetworkId);

		objectOutput.writeLong(memberUserId);

		objectOutput.writeInt(role);
	}

	public long mvccVersion;
	public String uuid;
	public long networkMemberId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long instructorNetworkId;
	public long memberUserId;
	public int role;

}