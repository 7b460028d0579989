/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.careprogram.model.ReviewNotice;

/**
 * The cache model class for representing ReviewNotice in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class ReviewNoticeCacheModel
	implements CacheModel<ReviewNotice>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReviewNoticeCacheModel)) {
			return false;
		}

		ReviewNoticeCacheModel reviewNoticeCacheModel =
			(ReviewNoticeCacheModel)object;

		if ((reviewNoticeId == reviewNoticeCacheModel.reviewNoticeId) &&
			(mvccVersion == reviewNoticeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, reviewNoticeId);

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
		sb.append(", reviewNoticeId=");
		sb.append(reviewNoticeId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", localRoutineId=");
		sb.append(localRoutineId);
		sb.append(", recipientUserId=");
		sb.append(recipientUserId);
		sb.append(", noticeKind=");
		sb.append(noticeKind);
		sb.append(", episodeKey=");
		sb.append(episodeKey);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ReviewNotice toEntityModel() {
		ReviewNoticeImpl reviewNoticeImpl = new ReviewNoticeImpl();

		reviewNoticeImpl.setMvccVersion(mvccVersion);
		reviewNoticeImpl.setReviewNoticeId(reviewNoticeId);
		reviewNoticeImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			reviewNoticeImpl.setCreateDate(null);
		}
		else {
			reviewNoticeImpl.setCreateDate(new Date(createDate));
		}

		reviewNoticeImpl.setCareProgramId(careProgramId);
		reviewNoticeImpl.setLocalRoutineId(localRoutineId);
		reviewNoticeImpl.setRecipientUserId(recipientUserId);
		reviewNoticeImpl.setNoticeKind(noticeKind);

		if (episodeKey == null) {
			reviewNoticeImpl.setEpisodeKey("");
		}
		else {
			reviewNoticeImpl.setEpisodeKey(episodeKey);
		}

		reviewNoticeImpl.resetOriginalValues();

		return reviewNoticeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		reviewNoticeId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();

		careProgramId = objectInput.readLong();

		localRoutineId = objectInput.readLong();

		recipientUserId = objectInput.readLong();

		noticeKind = objectInput.readInt();
		episodeKey = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(reviewNoticeId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(localRoutineId);

		objectOutput.writeLong(recipientUserId);

		objectOutput.writeInt(noticeKind);

		if (episodeKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(episodeKey);
		}
	}

	public long mvccVersion;
	public long reviewNoticeId;
	public long companyId;
	public long createDate;
	public long careProgramId;
	public long localRoutineId;
	public long recipientUserId;
	public int noticeKind;
	public String episodeKey;

}