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

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * The cache model class for representing LocalRoutine in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class LocalRoutineCacheModel
	implements CacheModel<LocalRoutine>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof LocalRoutineCacheModel)) {
			return false;
		}

		LocalRoutineCacheModel localRoutineCacheModel =
			(LocalRoutineCacheModel)object;

		if ((localRoutineId == localRoutineCacheModel.localRoutineId) &&
			(mvccVersion == localRoutineCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, localRoutineId);

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
		sb.append(", localRoutineId=");
		sb.append(localRoutineId);
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
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);
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
		sb.append(", ownerlessSince=");
		sb.append(ownerlessSince);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public LocalRoutine toEntityModel() {
		LocalRoutineImpl localRoutineImpl = new LocalRoutineImpl();

		localRoutineImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			localRoutineImpl.setUuid("");
		}
		else {
			localRoutineImpl.setUuid(uuid);
		}

		localRoutineImpl.setLocalRoutineId(localRoutineId);
		localRoutineImpl.setGroupId(groupId);
		localRoutineImpl.setCompanyId(companyId);
		localRoutineImpl.setUserId(userId);

		if (userName == null) {
			localRoutineImpl.setUserName("");
		}
		else {
			localRoutineImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			localRoutineImpl.setCreateDate(null);
		}
		else {
			localRoutineImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			localRoutineImpl.setModifiedDate(null);
		}
		else {
			localRoutineImpl.setModifiedDate(new Date(modifiedDate));
		}

		localRoutineImpl.setCareProgramId(careProgramId);
		localRoutineImpl.setOrganizationId(organizationId);
		localRoutineImpl.setArticleResourcePrimKey(articleResourcePrimKey);
		localRoutineImpl.setOwnerUserId(ownerUserId);
		localRoutineImpl.setReviewIntervalMonths(reviewIntervalMonths);

		if (lastReviewDate == Long.MIN_VALUE) {
			localRoutineImpl.setLastReviewDate(null);
		}
		else {
			localRoutineImpl.setLastReviewDate(new Date(lastReviewDate));
		}

		localRoutineImpl.setLastReviewUserId(lastReviewUserId);

		if (nextReviewDate == Long.MIN_VALUE) {
			localRoutineImpl.setNextReviewDate(null);
		}
		else {
			localRoutineImpl.setNextReviewDate(new Date(nextReviewDate));
		}

		if (ownerlessSince == Long.MIN_VALUE) {
			localRoutineImpl.setOwnerlessSince(null);
		}
		else {
			localRoutineImpl.setOwnerlessSince(new Date(ownerlessSince));
		}

		localRoutineImpl.resetOriginalValues();

		return localRoutineImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		localRoutineId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		careProgramId = objectInput.readLong();

		organizationId = objectInput.readLong();

		articleResourcePrimKey = objectInput.readLong();

		ownerUserId = objectInput.readLong();

		reviewIntervalMonths = objectInput.readInt();
		lastReviewDate = objectInput.readLong();

		lastReviewUserId = objectInput.readLong();
		nextReviewDate = objectInput.readLong();
		ownerlessSince = objectInput.readLong();
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

		objectOutput.writeLong(localRoutineId);

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

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(organizationId);

		objectOutput.writeLong(articleResourcePrimKey);

		objectOutput.writeLong(ownerUserId);

		objectOutput.writeInt(reviewIntervalMonths);
		objectOutput.writeLong(lastReviewDate);

		objectOutput.writeLong(lastReviewUserId);
		objectOutput.writeLong(nextReviewDate);
		objectOutput.writeLong(ownerlessSince);
	}

	public long mvccVersion;
	public String uuid;
	public long localRoutineId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long careProgramId;
	public long organizationId;
	public long articleResourcePrimKey;
	public long ownerUserId;
	public int reviewIntervalMonths;
	public long lastReviewDate;
	public long lastReviewUserId;
	public long nextReviewDate;
	public long ownerlessSince;

}