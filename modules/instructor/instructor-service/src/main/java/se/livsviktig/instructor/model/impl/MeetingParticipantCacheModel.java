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

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * The cache model class for representing MeetingParticipant in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class MeetingParticipantCacheModel
	implements CacheModel<MeetingParticipant>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MeetingParticipantCacheModel)) {
			return false;
		}

		MeetingParticipantCacheModel meetingParticipantCacheModel =
			(MeetingParticipantCacheModel)object;

		if ((meetingParticipantId ==
				meetingParticipantCacheModel.meetingParticipantId) &&
			(mvccVersion == meetingParticipantCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, meetingParticipantId);

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
		StringBundler sb = new StringBundler(33);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", meetingParticipantId=");
		sb.append(meetingParticipantId);
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
		sb.append(", networkMeetingId=");
		sb.append(networkMeetingId);
		sb.append(", participantUserId=");
		sb.append(participantUserId);
		sb.append(", answer=");
		sb.append(answer);
		sb.append(", answerDate=");
		sb.append(answerDate);
		sb.append(", attendance=");
		sb.append(attendance);
		sb.append(", attendanceByUserId=");
		sb.append(attendanceByUserId);
		sb.append(", attendanceDate=");
		sb.append(attendanceDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MeetingParticipant toEntityModel() {
		MeetingParticipantImpl meetingParticipantImpl =
			new MeetingParticipantImpl();

		meetingParticipantImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			meetingParticipantImpl.setUuid("");
		}
		else {
			meetingParticipantImpl.setUuid(uuid);
		}

		meetingParticipantImpl.setMeetingParticipantId(meetingParticipantId);
		meetingParticipantImpl.setGroupId(groupId);
		meetingParticipantImpl.setCompanyId(companyId);
		meetingParticipantImpl.setUserId(userId);

		if (userName == null) {
			meetingParticipantImpl.setUserName("");
		}
		else {
			meetingParticipantImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			meetingParticipantImpl.setCreateDate(null);
		}
		else {
			meetingParticipantImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			meetingParticipantImpl.setModifiedDate(null);
		}
		else {
			meetingParticipantImpl.setModifiedDate(new Date(modifiedDate));
		}

		meetingParticipantImpl.setNetworkMeetingId(networkMeetingId);
		meetingParticipantImpl.setParticipantUserId(participantUserId);
		meetingParticipantImpl.setAnswer(answer);

		if (answerDate == Long.MIN_VALUE) {
			meetingParticipantImpl.setAnswerDate(null);
		}
		else {
			meetingParticipantImpl.setAnswerDate(new Date(answerDate));
		}

		meetingParticipantImpl.setAttendance(attendance);
		meetingParticipantImpl.setAttendanceByUserId(attendanceByUserId);

		if (attendanceDate == Long.MIN_VALUE) {
			meetingParticipantImpl.setAttendanceDate(null);
		}
		else {
			meetingParticipantImpl.setAttendanceDate(new Date(attendanceDate));
		}

		meetingParticipantImpl.resetOriginalValues();

		return meetingParticipantImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		meetingParticipantId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		networkMeetingId = objectInput.readLong();

		participantUserId = objectInput.readLong();

		answer = objectInput.readInt();
		answerDate = objectInput.readLong();

		attendance = objectInput.readInt();

		attendanceByUserId = objectInput.readLong();
		attendanceDate = objectInput.readLong();
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

		objectOutput.writeLong(meetingParticipantId);

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

		objectOutput.writeLong(networkMeetingId);

		objectOutput.writeLong(participantUserId);

		objectOutput.writeInt(answer);
		objectOutput.writeLong(answerDate);

		objectOutput.writeInt(attendance);

		objectOutput.writeLong(attendanceByUserId);
		objectOutput.writeLong(attendanceDate);
	}

	public long mvccVersion;
	public String uuid;
	public long meetingParticipantId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long networkMeetingId;
	public long participantUserId;
	public int answer;
	public long answerDate;
	public int attendance;
	public long attendanceByUserId;
	public long attendanceDate;

}