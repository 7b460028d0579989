/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.training.model.Registration;

/**
 * The cache model class for representing Registration in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class RegistrationCacheModel
	implements CacheModel<Registration>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RegistrationCacheModel)) {
			return false;
		}

		RegistrationCacheModel registrationCacheModel =
			(RegistrationCacheModel)object;

		if ((registrationId == registrationCacheModel.registrationId) &&
			(mvccVersion == registrationCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, registrationId);

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
		StringBundler sb = new StringBundler(61);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", registrationId=");
		sb.append(registrationId);
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
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", courseId=");
		sb.append(courseId);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", registeredByUserId=");
		sb.append(registeredByUserId);
		sb.append(", activeKey=");
		sb.append(activeKey);
		sb.append(", queueNumber=");
		sb.append(queueNumber);
		sb.append(", motivation=");
		sb.append(motivation);
		sb.append(", dietaryNeeds=");
		sb.append(dietaryNeeds);
		sb.append(", holdExpirationDate=");
		sb.append(holdExpirationDate);
		sb.append(", reviewerUserId=");
		sb.append(reviewerUserId);
		sb.append(", reviewDate=");
		sb.append(reviewDate);
		sb.append(", reviewComment=");
		sb.append(reviewComment);
		sb.append(", cancelledByUserId=");
		sb.append(cancelledByUserId);
		sb.append(", cancellationReason=");
		sb.append(cancellationReason);
		sb.append(", completionDate=");
		sb.append(completionDate);
		sb.append(", calendarSequence=");
		sb.append(calendarSequence);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusDate=");
		sb.append(statusDate);
		sb.append(", sex=");
		sb.append(sex);
		sb.append(", participantKey=");
		sb.append(participantKey);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Registration toEntityModel() {
		RegistrationImpl registrationImpl = new RegistrationImpl();

		registrationImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			registrationImpl.setUuid("");
		}
		else {
			registrationImpl.setUuid(uuid);
		}

		registrationImpl.setRegistrationId(registrationId);
		registrationImpl.setGroupId(groupId);
		registrationImpl.setCompanyId(companyId);
		registrationImpl.setUserId(userId);

		if (userName == null) {
			registrationImpl.setUserName("");
		}
		else {
			registrationImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			registrationImpl.setCreateDate(null);
		}
		else {
			registrationImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			registrationImpl.setModifiedDate(null);
		}
		else {
			registrationImpl.setModifiedDate(new Date(modifiedDate));
		}

		registrationImpl.setCourseSessionId(courseSessionId);
		registrationImpl.setCourseId(courseId);
		registrationImpl.setTrainingMethodId(trainingMethodId);
		registrationImpl.setOrganizationId(organizationId);
		registrationImpl.setRegisteredByUserId(registeredByUserId);
		registrationImpl.setActiveKey(activeKey);
		registrationImpl.setQueueNumber(queueNumber);

		if (motivation == null) {
			registrationImpl.setMotivation("");
		}
		else {
			registrationImpl.setMotivation(motivation);
		}

		if (dietaryNeeds == null) {
			registrationImpl.setDietaryNeeds("");
		}
		else {
			registrationImpl.setDietaryNeeds(dietaryNeeds);
		}

		if (holdExpirationDate == Long.MIN_VALUE) {
			registrationImpl.setHoldExpirationDate(null);
		}
		else {
			registrationImpl.setHoldExpirationDate(
				new Date(holdExpirationDate));
		}

		registrationImpl.setReviewerUserId(reviewerUserId);

		if (reviewDate == Long.MIN_VALUE) {
			registrationImpl.setReviewDate(null);
		}
		else {
			registrationImpl.setReviewDate(new Date(reviewDate));
		}

		if (reviewComment == null) {
			registrationImpl.setReviewComment("");
		}
		else {
			registrationImpl.setReviewComment(reviewComment);
		}

		registrationImpl.setCancelledByUserId(cancelledByUserId);

		if (cancellationReason == null) {
			registrationImpl.setCancellationReason("");
		}
		else {
			registrationImpl.setCancellationReason(cancellationReason);
		}

		if (completionDate == Long.MIN_VALUE) {
			registrationImpl.setCompletionDate(null);
		}
		else {
			registrationImpl.setCompletionDate(new Date(completionDate));
		}

		registrationImpl.setCalendarSequence(calendarSequence);
		registrationImpl.setStatus(status);

		if (statusDate == Long.MIN_VALUE) {
			registrationImpl.setStatusDate(null);
		}
		else {
			registrationImpl.setStatusDate(new Date(statusDate));
		}

		if (sex == null) {
			registrationImpl.setSex("");
		}
		else {
			registrationImpl.setSex(sex);
		}

		registrationImpl.setParticipantKey(participantKey);

		registrationImpl.resetOriginalValues();

		return registrationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		registrationId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		courseId = objectInput.readLong();

		trainingMethodId = objectInput.readLong();

		organizationId = objectInput.readLong();

		registeredByUserId = objectInput.readLong();

		activeKey = objectInput.readLong();

		queueNumber = objectInput.readLong();
		motivation = objectInput.readUTF();
		dietaryNeeds = objectInput.readUTF();
		holdExpirationDate = objectInput.readLong();

		reviewerUserId = objectInput.readLong();
		reviewDate = objectInput.readLong();
		reviewComment = objectInput.readUTF();

		cancelledByUserId = objectInput.readLong();
		cancellationReason = objectInput.readUTF();
		completionDate = objectInput.readLong();

		calendarSequence = objectInput.readInt();

		status = objectInput.readInt();
		statusDate = objectInput.readLong();
		sex = objectInput.readUTF();

		participantKey = objectInput.readLong();
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

		objectOutput.writeLong(registrationId);

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

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(courseId);

		objectOutput.writeLong(trainingMethodId);

		objectOutput.writeLong(organizationId);

		objectOutput.writeLong(registeredByUserId);

		objectOutput.writeLong(activeKey);

		objectOutput.writeLong(queueNumber);

		if (motivation == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(motivation);
		}

		if (dietaryNeeds == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(dietaryNeeds);
		}

		objectOutput.writeLong(holdExpirationDate);

		objectOutput.writeLong(reviewerUserId);
		objectOutput.writeLong(reviewDate);

		if (reviewComment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(reviewComment);
		}

		objectOutput.writeLong(cancelledByUserId);

		if (cancellationReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(cancellationReason);
		}

		objectOutput.writeLong(completionDate);

		objectOutput.writeInt(calendarSequence);

		objectOutput.writeInt(status);
		objectOutput.writeLong(statusDate);

		if (sex == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sex);
		}

		objectOutput.writeLong(participantKey);
	}

	public long mvccVersion;
	public String uuid;
	public long registrationId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseSessionId;
	public long courseId;
	public long trainingMethodId;
	public long organizationId;
	public long registeredByUserId;
	public long activeKey;
	public long queueNumber;
	public String motivation;
	public String dietaryNeeds;
	public long holdExpirationDate;
	public long reviewerUserId;
	public long reviewDate;
	public String reviewComment;
	public long cancelledByUserId;
	public String cancellationReason;
	public long completionDate;
	public int calendarSequence;
	public int status;
	public long statusDate;
	public String sex;
	public long participantKey;

}