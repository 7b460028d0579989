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

import se.livsviktig.training.model.CourseSession;

/**
 * The cache model class for representing CourseSession in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CourseSessionCacheModel
	implements CacheModel<CourseSession>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CourseSessionCacheModel)) {
			return false;
		}

		CourseSessionCacheModel courseSessionCacheModel =
			(CourseSessionCacheModel)object;

		if ((courseSessionId == courseSessionCacheModel.courseSessionId) &&
			(mvccVersion == courseSessionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, courseSessionId);

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
		StringBundler sb = new StringBundler(73);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
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
		sb.append(", courseId=");
		sb.append(courseId);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
		sb.append(", coordinatorUserId=");
		sb.append(coordinatorUserId);
		sb.append(", deliveryMode=");
		sb.append(deliveryMode);
		sb.append(", venueName=");
		sb.append(venueName);
		sb.append(", venueAddress=");
		sb.append(venueAddress);
		sb.append(", locality=");
		sb.append(locality);
		sb.append(", onlineMeetingURL=");
		sb.append(onlineMeetingURL);
		sb.append(", seats=");
		sb.append(seats);
		sb.append(", seatsTaken=");
		sb.append(seatsTaken);
		sb.append(", waitlistedCount=");
		sb.append(waitlistedCount);
		sb.append(", queueSequence=");
		sb.append(queueSequence);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", registrationOpenDate=");
		sb.append(registrationOpenDate);
		sb.append(", registrationCloseDate=");
		sb.append(registrationCloseDate);
		sb.append(", cancellationDeadline=");
		sb.append(cancellationDeadline);
		sb.append(", approvalRequired=");
		sb.append(approvalRequired);
		sb.append(", waitlistMode=");
		sb.append(waitlistMode);
		sb.append(", offerHours=");
		sb.append(offerHours);
		sb.append(", dietaryNeedsRequested=");
		sb.append(dietaryNeedsRequested);
		sb.append(", note=");
		sb.append(note);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusByUserId=");
		sb.append(statusByUserId);
		sb.append(", statusByUserName=");
		sb.append(statusByUserName);
		sb.append(", statusDate=");
		sb.append(statusDate);
		sb.append(", statusReason=");
		sb.append(statusReason);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CourseSession toEntityModel() {
		CourseSessionImpl courseSessionImpl = new CourseSessionImpl();

		courseSessionImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			courseSessionImpl.setUuid("");
		}
		else {
			courseSessionImpl.setUuid(uuid);
		}

		courseSessionImpl.setCourseSessionId(courseSessionId);
		courseSessionImpl.setGroupId(groupId);
		courseSessionImpl.setCompanyId(companyId);
		courseSessionImpl.setUserId(userId);

		if (userName == null) {
			courseSessionImpl.setUserName("");
		}
		else {
			courseSessionImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			courseSessionImpl.setCreateDate(null);
		}
		else {
			courseSessionImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			courseSessionImpl.setModifiedDate(null);
		}
		else {
			courseSessionImpl.setModifiedDate(new Date(modifiedDate));
		}

		courseSessionImpl.setCourseId(courseId);
		courseSessionImpl.setTrainingMethodId(trainingMethodId);
		courseSessionImpl.setCoordinatorUserId(coordinatorUserId);
		courseSessionImpl.setDeliveryMode(deliveryMode);

		if (venueName == null) {
			courseSessionImpl.setVenueName("");
		}
		else {
			courseSessionImpl.setVenueName(venueName);
		}

		if (venueAddress == null) {
			courseSessionImpl.setVenueAddress("");
		}
		else {
			courseSessionImpl.setVenueAddress(venueAddress);
		}

		if (locality == null) {
			courseSessionImpl.setLocality("");
		}
		else {
			courseSessionImpl.setLocality(locality);
		}

		if (onlineMeetingURL == null) {
			courseSessionImpl.setOnlineMeetingURL("");
		}
		else {
			courseSessionImpl.setOnlineMeetingURL(onlineMeetingURL);
		}

		courseSessionImpl.setSeats(seats);
		courseSessionImpl.setSeatsTaken(seatsTaken);
		courseSessionImpl.setWaitlistedCount(waitlistedCount);
		courseSessionImpl.setQueueSequence(queueSequence);

		if (startDate == Long.MIN_VALUE) {
			courseSessionImpl.setStartDate(null);
		}
		else {
			courseSessionImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			courseSessionImpl.setEndDate(null);
		}
		else {
			courseSessionImpl.setEndDate(new Date(endDate));
		}

		if (registrationOpenDate == Long.MIN_VALUE) {
			courseSessionImpl.setRegistrationOpenDate(null);
		}
		else {
			courseSessionImpl.setRegistrationOpenDate(
				new Date(registrationOpenDate));
		}

		if (registrationCloseDate == Long.MIN_VALUE) {
			courseSessionImpl.setRegistrationCloseDate(null);
		}
		else {
			courseSessionImpl.setRegistrationCloseDate(
				new Date(registrationCloseDate));
		}

		if (cancellationDeadline == Long.MIN_VALUE) {
			courseSessionImpl.setCancellationDeadline(null);
		}
		else {
			courseSessionImpl.setCancellationDeadline(
				new Date(cancellationDeadline));
		}

		courseSessionImpl.setApprovalRequired(approvalRequired);
		courseSessionImpl.setWaitlistMode(waitlistMode);
		courseSessionImpl.setOfferHours(offerHours);
		courseSessionImpl.setDietaryNeedsRequested(dietaryNeedsRequested);

		if (note == null) {
			courseSessionImpl.setNote("");
		}
		else {
			courseSessionImpl.setNote(note);
		}

		courseSessionImpl.setStatus(status);
		courseSessionImpl.setStatusByUserId(statusByUserId);

		if (statusByUserName == null) {
			courseSessionImpl.setStatusByUserName("");
		}
		else {
			courseSessionImpl.setStatusByUserName(statusByUserName);
		}

		if (statusDate == Long.MIN_VALUE) {
			courseSessionImpl.setStatusDate(null);
		}
		else {
			courseSessionImpl.setStatusDate(new Date(statusDate));
		}

		if (statusReason == null) {
			courseSessionImpl.setStatusReason("");
		}
		else {
			courseSessionImpl.setStatusReason(statusReason);
		}

		courseSessionImpl.resetOriginalValues();

		return courseSessionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		courseSessionId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseId = objectInput.readLong();

		trainingMethodId = objectInput.readLong();

		coordinatorUserId = objectInput.readLong();

		deliveryMode = objectInput.readInt();
		venueName = objectInput.readUTF();
		venueAddress = objectInput.readUTF();
		locality = objectInput.readUTF();
		onlineMeetingURL = objectInput.readUTF();

		seats = objectInput.readInt();

		seatsTaken = objectInput.readInt();

		waitlistedCount = objectInput.readInt();

		queueSequence = objectInput.readLong();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
		registrationOpenDate = objectInput.readLong();
		registrationCloseDate = objectInput.readLong();
		cancellationDeadline = objectInput.readLong();

		approvalRequired = objectInput.readBoolean();

		waitlistMode = objectInput.readInt();

		offerHours = objectInput.readInt();

		dietaryNeedsRequested = objectInput.readBoolean();
		note = objectInput.readUTF();

		status = objectInput.readInt();

		statusByUserId = objectInput.readLong();
		statusByUserName = objectInput.readUTF();
		statusDate = objectInput.readLong();
		statusReason = objectInput.readUTF();
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

		objectOutput.writeLong(courseSessionId);

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

		objectOutput.writeLong(courseId);

		objectOutput.writeLong(trainingMethodId);

		objectOutput.writeLong(coordinatorUserId);

		objectOutput.writeInt(deliveryMode);

		if (venueName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(venueName);
		}

		if (venueAddress == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(venueAddress);
		}

		if (locality == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(locality);
		}

		if (onlineMeetingURL == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(onlineMeetingURL);
		}

		objectOutput.writeInt(seats);

		objectOutput.writeInt(seatsTaken);

		objectOutput.writeInt(waitlistedCount);

		objectOutput.writeLong(queueSequence);
		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);
		objectOutput.writeLong(registrationOpenDate);
		objectOutput.writeLong(registrationCloseDate);
		objectOutput.writeLong(cancellationDeadline);

		objectOutput.writeBoolean(approvalRequired);

		objectOutput.writeInt(waitlistMode);

		objectOutput.writeInt(offerHours);

		objectOutput.writeBoolean(dietaryNeedsRequested);

		if (note == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(note);
		}

		objectOutput.writeInt(status);

		objectOutput.writeLong(statusByUserId);

		if (statusByUserName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusByUserName);
		}

		objectOutput.writeLong(statusDate);

		if (statusReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusReason);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long courseSessionId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long courseId;
	public long trainingMethodId;
	public long coordinatorUserId;
	public int deliveryMode;
	public String venueName;
	public String venueAddress;
	public String locality;
	public String onlineMeetingURL;
	public int seats;
	public int seatsTaken;
	public int waitlistedCount;
	public long queueSequence;
	public long startDate;
	public long endDate;
	public long registrationOpenDate;
	public long registrationCloseDate;
	public long cancellationDeadline;
	public boolean approvalRequired;
	public int waitlistMode;
	public int offerHours;
	public boolean dietaryNeedsRequested;
	public String note;
	public int status;
	public long statusByUserId;
	public String statusByUserName;
	public long statusDate;
	public String statusReason;

}