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

import se.livsviktig.careprogram.model.CareProgram;

/**
 * The cache model class for representing CareProgram in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CareProgramCacheModel
	implements CacheModel<CareProgram>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CareProgramCacheModel)) {
			return false;
		}

		CareProgramCacheModel careProgramCacheModel =
			(CareProgramCacheModel)object;

		if ((careProgramId == careProgramCacheModel.careProgramId) &&
			(mvccVersion == careProgramCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, careProgramId);

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
		StringBundler sb = new StringBundler(37);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
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
		sb.append(", title=");
		sb.append(title);
		sb.append(", articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);
		sb.append(", nationalURL=");
		sb.append(nationalURL);
		sb.append(", ownerUserId=");
		sb.append(ownerUserId);
		sb.append(", reviewIntervalMonths=");
		sb.append(reviewIntervalMonths);
		sb.append(", lastReviewDate=");
		sb.append(lastReviewDate);
		sb.append(", lastReviewUserId=");
		sb.append(lastReviewUserId);
		sb.append(", nextReviewDate=");
		sb.append(nextReviewDate);
		sb.append(", titleSearch=");
		sb.append(titleSearch);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CareProgram toEntityModel() {
		CareProgramImpl careProgramImpl = new CareProgramImpl();

		careProgramImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			careProgramImpl.setUuid("");
		}
		else {
			careProgramImpl.setUuid(uuid);
		}

		careProgramImpl.setCareProgramId(careProgramId);
		careProgramImpl.setGroupId(groupId);
		careProgramImpl.setCompanyId(companyId);
		careProgramImpl.setUserId(userId);

		if (userName == null) {
			careProgramImpl.setUserName("");
		}
		else {
			careProgramImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			careProgramImpl.setCreateDate(null);
		}
		else {
			careProgramImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			careProgramImpl.setModifiedDate(null);
		}
		else {
			careProgramImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (title == null) {
			careProgramImpl.setTitle("");
		}
		else {
			careProgramImpl.setTitle(title);
		}

		careProgramImpl.setArticleResourcePrimKey(articleResourcePrimKey);

		if (nationalURL == null) {
			careProgramImpl.setNationalURL("");
		}
		else {
			careProgramImpl.setNationalURL(nationalURL);
		}

		careProgramImpl.setOwnerUserId(ownerUserId);
		careProgramImpl.setReviewIntervalMonths(reviewIntervalMonths);

		if (lastReviewDate == Long.MIN_VALUE) {
			careProgramImpl.setLastReviewDate(null);
		}
		else {
			careProgramImpl.setLastReviewDate(new Date(lastReviewDate));
		}

		careProgramImpl.setLastReviewUserId(lastReviewUserId);

		if (nextReviewDate == Long.MIN_VALUE) {
			careProgramImpl.setNextReviewDate(null);
		}
		else {
			careProgramImpl.setNextReviewDate(new Date(nextReviewDate));
		}

		if (titleSearch == null) {
			careProgramImpl.setTitleSearch("");
		}
		else {
			careProgramImpl.setTitleSearch(titleSearch);
		}

		careProgramImpl.resetOriginalValues();

		return careProgramImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		careProgramId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		title = objectInput.readUTF();

		articleResourcePrimKey = objectInput.readLong();
		nationalURL = objectInput.readUTF();

		ownerUserId = objectInput.readLong();

		reviewIntervalMonths = objectInput.readInt();
		lastReviewDate = objectInput.readLong();

		lastReviewUserId = objectInput.readLong();
		nextReviewDate = objectInput.readLong();
		titleSearch = objectInput.readUTF();
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

		objectOutput.writeLong(careProgramId);

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

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		objectOutput.writeLong(articleResourcePrimKey);

		if (nationalURL == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(nationalURL);
		}

		objectOutput.writeLong(ownerUserId);

		objectOutput.writeInt(reviewIntervalMonths);
		objectOutput.writeLong(lastReviewDate);

		objectOutput.writeLong(lastReviewUserId);
		objectOutput.writeLong(nextReviewDate);

		if (titleSearch == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(titleSearch);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long careProgramId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String title;
	public long articleResourcePrimKey;
	public String nationalURL;
	public long ownerUserId;
	public int reviewIntervalMonths;
	public long lastReviewDate;
	public long lastReviewUserId;
	public long nextReviewDate;
	public String titleSearch;

}