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

import se.livsviktig.instructor.model.InstructorNotice;

/**
 * The cache model class for representing InstructorNotice in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class InstructorNoticeCacheModel
	implements CacheModel<InstructorNotice>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InstructorNoticeCacheModel)) {
			return false;
		}

		InstructorNoticeCacheModel instructorNoticeCacheModel =
			(InstructorNoticeCacheModel)object;

		if ((instructorNoticeId ==
				instructorNoticeCacheModel.instructorNoticeId) &&
			(mvccVersion == instructorNoticeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, instructorNoticeId);

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
		StringBundler sb = new StringBundler(17);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", instructorNoticeId=");
		sb.append(instructorNoticeId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", certificationId=");
		sb.append(certificationId);
		sb.append(", noticeKind=");
		sb.append(noticeKind);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public InstructorNotice toEntityModel() {
		InstructorNoticeImpl instructorNoticeImpl = new InstructorNoticeImpl();

		instructorNoticeImpl.setMvccVersion(mvccVersion);
		instructorNoticeImpl.setInstructorNoticeId(instructorNoticeId);
		instructorNoticeImpl.setGroupId(groupId);
		instructorNoticeImpl.setCompanyId(companyId);
		instructorNoticeImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			instructorNoticeImpl.setCreateDate(null);
		}
		else {
			instructorNoticeImpl.setCreateDate(new Date(createDate));
		}

		instructorNoticeImpl.setCertificationId(certificationId);

		if (noticeKind == null) {
			instructorNoticeImpl.setNoticeKind("");
		}
		else {
			instructorNoticeImpl.setNoticeKind(noticeKind);
		}

		instructorNoticeImpl.resetOriginalValues();

		return instructorNoticeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		instructorNoticeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();

		certificationId = objectInput.readLong();
		noticeKind = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(instructorNoticeId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(certificationId);

		if (noticeKind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(noticeKind);
		}
	}

	public long mvccVersion;
	public long instructorNoticeId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public long certificationId;
	public String noticeKind;

}