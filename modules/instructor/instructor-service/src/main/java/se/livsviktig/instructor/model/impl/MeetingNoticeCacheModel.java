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

import se.livsviktig.instructor.model.MeetingNotice;

/**
 * The cache model class for representing MeetingNotice in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class MeetingNoticeCacheModel
	implements CacheModel<MeetingNotice>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MeetingNoticeCacheModel)) {
			return false;
		}

		MeetingNoticeCacheModel meetingNoticeCacheModel =
			(MeetingNoticeCacheModel)object;

		if ((meetingNoticeId == meetingNoticeCacheModel.meetingNoticeId) &&
			(mvccVersion == meetingNoticeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, meetingNoticeId);

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
		StringBundler sb = new StringBundler(19);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", meetingNoticeId=");
		sb.append(meetingNoticeId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", networkMeetingId=");
		sb.append(networkMeetingId);
		sb.append(", sequence=");
		sb.append(sequence);
		sb.append(", noticeKind=");
		sb.append(noticeKind);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MeetingNotice toEntityModel() {
		MeetingNoticeImpl meetingNoticeImpl = new MeetingNoticeImpl();

		meetingNoticeImpl.setMvccVersion(mvccVersion);
		meetingNoticeImpl.setMeetingNoticeId(meetingNoticeId);
		meetingNoticeImpl.setGroupId(groupId);
		meetingNoticeImpl.setCompanyId(companyId);
		meetingNoticeImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			meetingNoticeImpl.setCreateDate(null);
		}
		else {
			meetingNoticeImpl.setCreateDate(new Date(createDate));
		}

		meetingNoticeImpl.setNetworkMeetingId(networkMeetingId);
		meetingNoticeImpl.setSequence(sequence);

		if (noticeKind == null) {
			meetingNoticeImpl.setNoticeKind("");
		}
		else {
			meetingNoticeImpl.setNoticeKind(noticeKind);
		}

		meetingNoticeImpl.resetOriginalValues();

		return meetingNoticeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		meetingNoticeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();

		networkMeetingId = objectInput.readLong();

		sequence = objectInput.readInt();
		noticeKind = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(meetingNoticeId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(networkMeetingId);

		objectOutput.writeInt(sequence);

		if (noticeKind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(noticeKind);
		}
	}

	public long mvccVersion;
	public long meetingNoticeId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public long networkMeetingId;
	public int sequence;
	public String noticeKind;

}