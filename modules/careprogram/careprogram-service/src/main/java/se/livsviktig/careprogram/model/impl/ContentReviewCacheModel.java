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

import se.livsviktig.careprogram.model.ContentReview;

/**
 * The cache model class for representing ContentReview in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class ContentReviewCacheModel
	implements CacheModel<ContentReview>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ContentReviewCacheModel)) {
			return false;
		}

		ContentReviewCacheModel contentReviewCacheModel =
			(ContentReviewCacheModel)object;

		if ((contentReviewId == contentReviewCacheModel.contentReviewId) &&
			(mvccVersion == contentReviewCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, contentReviewId);

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
		sb.append(", contentReviewId=");
		sb.append(contentReviewId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", localRoutineId=");
		sb.append(localRoutineId);
		sb.append(", reviewDate=");
		sb.append(reviewDate);
		sb.append(", reviewKind=");
		sb.append(reviewKind);
		sb.append(", comment=");
		sb.append(comment);
		sb.append(", articleVersion=");
		sb.append(articleVersion);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ContentReview toEntityModel() {
		ContentReviewImpl contentReviewImpl = new ContentReviewImpl();

		contentReviewImpl.setMvccVersion(mvccVersion);
		contentReviewImpl.setContentReviewId(contentReviewId);
		contentReviewImpl.setGroupId(groupId);
		contentReviewImpl.setCompanyId(companyId);
		contentReviewImpl.setUserId(userId);

		if (userName == null) {
			contentReviewImpl.setUserName("");
		}
		else {
			contentReviewImpl.setUserName(userName);
		}

		contentReviewImpl.setCareProgramId(careProgramId);
		contentReviewImpl.setLocalRoutineId(localRoutineId);

		if (reviewDate == Long.MIN_VALUE) {
			contentReviewImpl.setReviewDate(null);
		}
		else {
			contentReviewImpl.setReviewDate(new Date(reviewDate));
		}

		contentReviewImpl.setReviewKind(reviewKind);

		if (comment == null) {
			contentReviewImpl.setComment("");
		}
		else {
			contentReviewImpl.setComment(comment);
		}

		contentReviewImpl.setArticleVersion(articleVersion);

		contentReviewImpl.resetOriginalValues();

		return contentReviewImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		contentReviewId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();

		careProgramId = objectInput.readLong();

		localRoutineId = objectInput.readLong();
		reviewDate = objectInput.readLong();

		reviewKind = objectInput.readInt();
		comment = objectInput.readUTF();

		articleVersion = objectInput.readDouble();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(contentReviewId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(localRoutineId);
		objectOutput.writeLong(reviewDate);

		objectOutput.writeInt(reviewKind);

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}

		objectOutput.writeDouble(articleVersion);
	}

	public long mvccVersion;
	public long contentReviewId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long careProgramId;
	public long localRoutineId;
	public long reviewDate;
	public int reviewKind;
	public String comment;
	public double articleVersion;

}