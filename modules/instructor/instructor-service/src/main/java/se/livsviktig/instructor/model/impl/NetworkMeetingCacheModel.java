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

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * The cache model class for representing NetworkMeeting in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class NetworkMeetingCacheModel
	implements CacheModel<NetworkMeeting>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof NetworkMeetingCacheModel)) {
			return false;
		}

		NetworkMeetingCacheModel networkMeetingCacheModel =
			(NetworkMeetingCacheModel)object;

		if ((networkMeetingId == networkMeetingCacheModel.networkMeetingId) &&
			(mvccVersion == networkMeetingCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, networkMeetingId);

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
		sb.append(", networkMeetingId=");
		sb.append(networkMeetingId);
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
		sb.append(", title=");
		sb.append(title);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", place=");
		sb.append(place);
		sb.append(", onlineLink=");
		sb.append(onlineLink);
		sb.append(", agenda=");
		sb.append(agenda);
		sb.append(", notes=");
		sb.append(notes);
		sb.append(", sequence=");
		sb.append(sequence);
		sb.append(", status=");
		sb.append(status);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public NetworkMeeting toEntityModel() {
		NetworkMeetingImpl networkMeetingImpl = new NetworkMeetingImpl();

		networkMeetingImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			networkMeetingImpl.setUuid("");
		}
		else {
			networkMeetingImpl.setUuid(uuid);
		}

		networkMeetingImpl.setNetworkMeetingId(networkMeetingId);
		networkMeetingImpl.setGroupId(groupId);
		networkMeetingImpl.setCompanyId(companyId);
		networkMeetingImpl.setUserId(userId);

		if (userName == null) {
			networkMeetingImpl.setUserName("");
		}
		else {
			networkMeetingImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			networkMeetingImpl.setCreateDate(null);
		}
		else {
			networkMeetingImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			networkMeetingImpl.setModifiedDate(null);
		}
		else {
			networkMeetingImpl.setModifiedDate(new Date(modifiedDate));
		}

		networkMeetingImpl.setInstructorNetworkId(instructorNetworkId);

		if (title == null) {
			networkMeetingImpl.setTitle("");
		}
		else {
			networkMeetingImpl.setTitle(title);
		}

		if (startDate == Long.MIN_VALUE) {
			networkMeetingImpl.setStartDate(null);
		}
		else {
			networkMeetingImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			networkMeetingImpl.setEndDate(null);
		}
		else {
			networkMeetingImpl.setEndDate(new Date(endDate));
		}

		if (place == null) {
			networkMeetingImpl.setPlace("");
		}
		else {
			networkMeetingImpl.setPlace(place);
		}

		if (onlineLink == null) {
			networkMeetingImpl.setOnlineLink("");
		}
		else {
			networkMeetingImpl.setOnlineLink(onlineLink);
		}

		if (agenda == null) {
			networkMeetingImpl.setAgenda("");
		}
		else {
			networkMeetingImpl.setAgenda(agenda);
		}

		if (notes == null) {
			networkMeetingImpl.setNotes("");
		}
		else {
			networkMeetingImpl.setNotes(notes);
		}

		networkMeetingImpl.setSequence(sequence);
		networkMeetingImpl.setStatus(status);

		networkMeetingImpl.resetOriginalValues();

		return networkMeetingImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		networkMeetingId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		instructorNetworkId = objectInput.readLong();
		title = objectInput.readUTF();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
		place = objectInput.readUTF();
		onlineLink = objectInput.readUTF();
		agenda = objectInput.readUTF();
		notes = objectInput.readUTF();

		sequence = objectInput.readInt();

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

		objectOutput.writeLong(networkMeetingId);

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

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		if (place == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(place);
		}

		if (onlineLink == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(onlineLink);
		}

		if (agenda == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(agenda);
		}

		if (notes == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(notes);
		}

		objectOutput.writeInt(sequence);

		objectOutput.writeInt(status);
	}

	public long mvccVersion;
	public String uuid;
	public long networkMeetingId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long instructorNetworkId;
	public String title;
	public long startDate;
	public long endDate;
	public String place;
	public String onlineLink;
	public String agenda;
	public String notes;
	public int sequence;
	public int status;

}