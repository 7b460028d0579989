/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link CourseSession}.
 * </p>
 *
 * @author Livsviktig
 * @see CourseSession
 * @generated
 */
public class CourseSessionWrapper
	extends BaseModelWrapper<CourseSession>
	implements CourseSession, ModelWrapper<CourseSession> {

	public CourseSessionWrapper(CourseSession courseSession) {
		super(courseSession);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseId", getCourseId());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("coordinatorUserId", getCoordinatorUserId());
		attributes.put("deliveryMode", getDeliveryMode());
		attributes.put("venueName", getVenueName());
		attributes.put("venueAddress", getVenueAddress());
		attributes.put("locality", getLocality());
		attributes.put("onlineMeetingURL", getOnlineMeetingURL());
		attributes.put("seats", getSeats());
		attributes.put("seatsTaken", getSeatsTaken());
		attributes.put("waitlistedCount", getWaitlistedCount());
		attributes.put("queueSequence", getQueueSequence());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("registrationOpenDate", getRegistrationOpenDate());
		attributes.put("registrationCloseDate", getRegistrationCloseDate());
		attributes.put("cancellationDeadline", getCancellationDeadline());
		attributes.put("approvalRequired", isApprovalRequired());
		attributes.put("waitlistMode", getWaitlistMode());
		attributes.put("offerHours", getOfferHours());
		attributes.put("dietaryNeedsRequested", isDietaryNeedsRequested());
		attributes.put("note", getNote());
		attributes.put("status", getStatus());
		attributes.put("statusByUserId", getStatusByUserId());
		attributes.put("statusByUserName", getStatusByUserName());
		attributes.put("statusDate", getStatusDate());
		attributes.put("statusReason", getStatusReason());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		String uuid = (String)attributes.get("uuid");

		if (uuid != null) {
			setUuid(uuid);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Long courseId = (Long)attributes.get("courseId");

		if (courseId != null) {
			setCourseId(courseId);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		Long coordinatorUserId = (Long)attributes.get("coordinatorUserId");

		if (coordinatorUserId != null) {
			setCoordinatorUserId(coordinatorUserId);
		}

		Integer deliveryMode = (Integer)attributes.get("deliveryMode");

		if (deliveryMode != null) {
			setDeliveryMode(deliveryMode);
		}

		String venueName = (String)attributes.get("venueName");

		if (venueName != null) {
			setVenueName(venueName);
		}

		String venueAddress = (String)attributes.get("venueAddress");

		if (venueAddress != null) {
			setVenueAddress(venueAddress);
		}

		String locality = (String)attributes.get("locality");

		if (locality != null) {
			setLocality(locality);
		}

		String onlineMeetingURL = (String)attributes.get("onlineMeetingURL");

		if (onlineMeetingURL != null) {
			setOnlineMeetingURL(onlineMeetingURL);
		}

		Integer seats = (Integer)attributes.get("seats");

		if (seats != null) {
			setSeats(seats);
		}

		Integer seatsTaken = (Integer)attributes.get("seatsTaken");

		if (seatsTaken != null) {
			setSeatsTaken(seatsTaken);
		}

		Integer waitlistedCount = (Integer)attributes.get("waitlistedCount");

		if (waitlistedCount != null) {
			setWaitlistedCount(waitlistedCount);
		}

		Long queueSequence = (Long)attributes.get("queueSequence");

		if (queueSequence != null) {
			setQueueSequence(queueSequence);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		Date registrationOpenDate = (Date)attributes.get(
			"registrationOpenDate");

		if (registrationOpenDate != null) {
			setRegistrationOpenDate(registrationOpenDate);
		}

		Date registrationCloseDate = (Date)attributes.get(
			"registrationCloseDate");

		if (registrationCloseDate != null) {
			setRegistrationCloseDate(registrationCloseDate);
		}

		Date cancellationDeadline = (Date)attributes.get(
			"cancellationDeadline");

		if (cancellationDeadline != null) {
			setCancellationDeadline(cancellationDeadline);
		}

		Boolean approvalRequired = (Boolean)attributes.get("approvalRequired");

		if (approvalRequired != null) {
			setApprovalRequired(approvalRequired);
		}

		Integer waitlistMode = (Integer)attributes.get("waitlistMode");

		if (waitlistMode != null) {
			setWaitlistMode(waitlistMode);
		}

		Integer offerHours = (Integer)attributes.get("offerHours");

		if (offerHours != null) {
			setOfferHours(offerHours);
		}

		Boolean dietaryNeedsRequested = (Boolean)attributes.get(
			"dietaryNeedsRequested");

		if (dietaryNeedsRequested != null) {
			setDietaryNeedsRequested(dietaryNeedsRequested);
		}

		String note = (String)attributes.get("note");

		if (note != null) {
			setNote(note);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Long statusByUserId = (Long)attributes.get("statusByUserId");

		if (statusByUserId != null) {
			setStatusByUserId(statusByUserId);
		}

		String statusByUserName = (String)attributes.get("statusByUserName");

		if (statusByUserName != null) {
			setStatusByUserName(statusByUserName);
		}

		Date statusDate = (Date)attributes.get("statusDate");

		if (statusDate != null) {
			setStatusDate(statusDate);
		}

		String statusReason = (String)attributes.get("statusReason");

		if (statusReason != null) {
			setStatusReason(statusReason);
		}
	}

	@Override
	public CourseSession cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the approval required of this course session.
	 *
	 * @return the approval required of this course session
	 */
	@Override
	public boolean getApprovalRequired() {
		return model.getApprovalRequired();
	}

	/**
	 * Returns the cancellation deadline of this course session.
	 *
	 * @return the cancellation deadline of this course session
	 */
	@Override
	public Date getCancellationDeadline() {
		return model.getCancellationDeadline();
	}

	/**
	 * Returns the company ID of this course session.
	 *
	 * @return the company ID of this course session
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the coordinator user ID of this course session.
	 *
	 * @return the coordinator user ID of this course session
	 */
	@Override
	public long getCoordinatorUserId() {
		return model.getCoordinatorUserId();
	}

	/**
	 * Returns the coordinator user uuid of this course session.
	 *
	 * @return the coordinator user uuid of this course session
	 */
	@Override
	public String getCoordinatorUserUuid() {
		return model.getCoordinatorUserUuid();
	}

	/**
	 * Returns the course ID of this course session.
	 *
	 * @return the course ID of this course session
	 */
	@Override
	public long getCourseId() {
		return model.getCourseId();
	}

	/**
	 * Returns the course session ID of this course session.
	 *
	 * @return the course session ID of this course session
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this course session.
	 *
	 * @return the create date of this course session
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the delivery mode of this course session.
	 *
	 * @return the delivery mode of this course session
	 */
	@Override
	public int getDeliveryMode() {
		return model.getDeliveryMode();
	}

	/**
	 * Returns the dietary needs requested of this course session.
	 *
	 * @return the dietary needs requested of this course session
	 */
	@Override
	public boolean getDietaryNeedsRequested() {
		return model.getDietaryNeedsRequested();
	}

	/**
	 * Returns the end date of this course session.
	 *
	 * @return the end date of this course session
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the group ID of this course session.
	 *
	 * @return the group ID of this course session
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the locality of this course session.
	 *
	 * @return the locality of this course session
	 */
	@Override
	public String getLocality() {
		return model.getLocality();
	}

	/**
	 * Returns the modified date of this course session.
	 *
	 * @return the modified date of this course session
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this course session.
	 *
	 * @return the mvcc version of this course session
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the note of this course session.
	 *
	 * @return the note of this course session
	 */
	@Override
	public String getNote() {
		return model.getNote();
	}

	/**
	 * Returns the offer hours of this course session.
	 *
	 * @return the offer hours of this course session
	 */
	@Override
	public int getOfferHours() {
		return model.getOfferHours();
	}

	/**
	 * Returns the online meeting url of this course session.
	 *
	 * @return the online meeting url of this course session
	 */
	@Override
	public String getOnlineMeetingURL() {
		return model.getOnlineMeetingURL();
	}

	/**
	 * Returns the primary key of this course session.
	 *
	 * @return the primary key of this course session
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the queue sequence of this course session.
	 *
	 * @return the queue sequence of this course session
	 */
	@Override
	public long getQueueSequence() {
		return model.getQueueSequence();
	}

	/**
	 * Returns the registration close date of this course session.
	 *
	 * @return the registration close date of this course session
	 */
	@Override
	public Date getRegistrationCloseDate() {
		return model.getRegistrationCloseDate();
	}

	/**
	 * Returns the registration open date of this course session.
	 *
	 * @return the registration open date of this course session
	 */
	@Override
	public Date getRegistrationOpenDate() {
		return model.getRegistrationOpenDate();
	}

	/**
	 * Returns the seats of this course session.
	 *
	 * @return the seats of this course session
	 */
	@Override
	public int getSeats() {
		return model.getSeats();
	}

	/**
	 * Returns the seats taken of this course session.
	 *
	 * @return the seats taken of this course session
	 */
	@Override
	public int getSeatsTaken() {
		return model.getSeatsTaken();
	}

	/**
	 * Returns the start date of this course session.
	 *
	 * @return the start date of this course session
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the status of this course session.
	 *
	 * @return the status of this course session
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status by user ID of this course session.
	 *
	 * @return the status by user ID of this course session
	 */
	@Override
	public long getStatusByUserId() {
		return model.getStatusByUserId();
	}

	/**
	 * Returns the status by user name of this course session.
	 *
	 * @return the status by user name of this course session
	 */
	@Override
	public String getStatusByUserName() {
		return model.getStatusByUserName();
	}

	/**
	 * Returns the status by user uuid of this course session.
	 *
	 * @return the status by user uuid of this course session
	 */
	@Override
	public String getStatusByUserUuid() {
		return model.getStatusByUserUuid();
	}

	/**
	 * Returns the status date of this course session.
	 *
	 * @return the status date of this course session
	 */
	@Override
	public Date getStatusDate() {
		return model.getStatusDate();
	}

	/**
	 * Returns the status reason of this course session.
	 *
	 * @return the status reason of this course session
	 */
	@Override
	public String getStatusReason() {
		return model.getStatusReason();
	}

	/**
	 * Returns the training method ID of this course session.
	 *
	 * @return the training method ID of this course session
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the user ID of this course session.
	 *
	 * @return the user ID of this course session
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this course session.
	 *
	 * @return the user name of this course session
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this course session.
	 *
	 * @return the user uuid of this course session
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this course session.
	 *
	 * @return the uuid of this course session
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns the venue address of this course session.
	 *
	 * @return the venue address of this course session
	 */
	@Override
	public String getVenueAddress() {
		return model.getVenueAddress();
	}

	/**
	 * Returns the venue name of this course session.
	 *
	 * @return the venue name of this course session
	 */
	@Override
	public String getVenueName() {
		return model.getVenueName();
	}

	/**
	 * Returns the waitlisted count of this course session.
	 *
	 * @return the waitlisted count of this course session
	 */
	@Override
	public int getWaitlistedCount() {
		return model.getWaitlistedCount();
	}

	/**
	 * Returns the waitlist mode of this course session.
	 *
	 * @return the waitlist mode of this course session
	 */
	@Override
	public int getWaitlistMode() {
		return model.getWaitlistMode();
	}

	/**
	 * Returns <code>true</code> if this course session is approval required.
	 *
	 * @return <code>true</code> if this course session is approval required; <code>false</code> otherwise
	 */
	@Override
	public boolean isApprovalRequired() {
		return model.isApprovalRequired();
	}

	/**
	 * Returns <code>true</code> if this course session is approved.
	 *
	 * @return <code>true</code> if this course session is approved; <code>false</code> otherwise
	 */
	@Override
	public boolean isApproved() {
		return model.isApproved();
	}

	/**
	 * Returns <code>true</code> if this course session is denied.
	 *
	 * @return <code>true</code> if this course session is denied; <code>false</code> otherwise
	 */
	@Override
	public boolean isDenied() {
		return model.isDenied();
	}

	/**
	 * Returns <code>true</code> if this course session is dietary needs requested.
	 *
	 * @return <code>true</code> if this course session is dietary needs requested; <code>false</code> otherwise
	 */
	@Override
	public boolean isDietaryNeedsRequested() {
		return model.isDietaryNeedsRequested();
	}

	/**
	 * Returns <code>true</code> if this course session is a draft.
	 *
	 * @return <code>true</code> if this course session is a draft; <code>false</code> otherwise
	 */
	@Override
	public boolean isDraft() {
		return model.isDraft();
	}

	/**
	 * Returns <code>true</code> if this course session is expired.
	 *
	 * @return <code>true</code> if this course session is expired; <code>false</code> otherwise
	 */
	@Override
	public boolean isExpired() {
		return model.isExpired();
	}

	/**
	 * Returns <code>true</code> if this course session is inactive.
	 *
	 * @return <code>true</code> if this course session is inactive; <code>false</code> otherwise
	 */
	@Override
	public boolean isInactive() {
		return model.isInactive();
	}

	/**
	 * Returns <code>true</code> if this course session is incomplete.
	 *
	 * @return <code>true</code> if this course session is incomplete; <code>false</code> otherwise
	 */
	@Override
	public boolean isIncomplete() {
		return model.isIncomplete();
	}

	/**
	 * Returns <code>true</code> if this course session is pending.
	 *
	 * @return <code>true</code> if this course session is pending; <code>false</code> otherwise
	 */
	@Override
	public boolean isPending() {
		return model.isPending();
	}

	/**
	 * Returns <code>true</code> if this course session is scheduled.
	 *
	 * @return <code>true</code> if this course session is scheduled; <code>false</code> otherwise
	 */
	@Override
	public boolean isScheduled() {
		return model.isScheduled();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets whether this course session is approval required.
	 *
	 * @param approvalRequired the approval required of this course session
	 */
	@Override
	public void setApprovalRequired(boolean approvalRequired) {
		model.setApprovalRequired(approvalRequired);
	}

	/**
	 * Sets the cancellation deadline of this course session.
	 *
	 * @param cancellationDeadline the cancellation deadline of this course session
	 */
	@Override
	public void setCancellationDeadline(Date cancellationDeadline) {
		model.setCancellationDeadline(cancellationDeadline);
	}

	/**
	 * Sets the company ID of this course session.
	 *
	 * @param companyId the company ID of this course session
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the coordinator user ID of this course session.
	 *
	 * @param coordinatorUserId the coordinator user ID of this course session
	 */
	@Override
	public void setCoordinatorUserId(long coordinatorUserId) {
		model.setCoordinatorUserId(coordinatorUserId);
	}

	/**
	 * Sets the coordinator user uuid of this course session.
	 *
	 * @param coordinatorUserUuid the coordinator user uuid of this course session
	 */
	@Override
	public void setCoordinatorUserUuid(String coordinatorUserUuid) {
		model.setCoordinatorUserUuid(coordinatorUserUuid);
	}

	/**
	 * Sets the course ID of this course session.
	 *
	 * @param courseId the course ID of this course session
	 */
	@Override
	public void setCourseId(long courseId) {
		model.setCourseId(courseId);
	}

	/**
	 * Sets the course session ID of this course session.
	 *
	 * @param courseSessionId the course session ID of this course session
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this course session.
	 *
	 * @param createDate the create date of this course session
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the delivery mode of this course session.
	 *
	 * @param deliveryMode the delivery mode of this course session
	 */
	@Override
	public void setDeliveryMode(int deliveryMode) {
		model.setDeliveryMode(deliveryMode);
	}

	/**
	 * Sets whether this course session is dietary needs requested.
	 *
	 * @param dietaryNeedsRequested the dietary needs requested of this course session
	 */
	@Override
	public void setDietaryNeedsRequested(boolean dietaryNeedsRequested) {
		model.setDietaryNeedsRequested(dietaryNeedsRequested);
	}

	/**
	 * Sets the end date of this course session.
	 *
	 * @param endDate the end date of this course session
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the group ID of this course session.
	 *
	 * @param groupId the group ID of this course session
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the locality of this course session.
	 *
	 * @param locality the locality of this course session
	 */
	@Override
	public void setLocality(String locality) {
		model.setLocality(locality);
	}

	/**
	 * Sets the modified date of this course session.
	 *
	 * @param modifiedDate the modified date of this course session
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this course session.
	 *
	 * @param mvccVersion the mvcc version of this course session
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the note of this course session.
	 *
	 * @param note the note of this course session
	 */
	@Override
	public void setNote(String note) {
		model.setNote(note);
	}

	/**
	 * Sets the offer hours of this course session.
	 *
	 * @param offerHours the offer hours of this course session
	 */
	@Override
	public void setOfferHours(int offerHours) {
		model.setOfferHours(offerHours);
	}

	/**
	 * Sets the online meeting url of this course session.
	 *
	 * @param onlineMeetingURL the online meeting url of this course session
	 */
	@Override
	public void setOnlineMeetingURL(String onlineMeetingURL) {
		model.setOnlineMeetingURL(onlineMeetingURL);
	}

	/**
	 * Sets the primary key of this course session.
	 *
	 * @param primaryKey the primary key of this course session
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the queue sequence of this course session.
	 *
	 * @param queueSequence the queue sequence of this course session
	 */
	@Override
	public void setQueueSequence(long queueSequence) {
		model.setQueueSequence(queueSequence);
	}

	/**
	 * Sets the registration close date of this course session.
	 *
	 * @param registrationCloseDate the registration close date of this course session
	 */
	@Override
	public void setRegistrationCloseDate(Date registrationCloseDate) {
		model.setRegistrationCloseDate(registrationCloseDate);
	}

	/**
	 * Sets the registration open date of this course session.
	 *
	 * @param registrationOpenDate the registration open date of this course session
	 */
	@Override
	public void setRegistrationOpenDate(Date registrationOpenDate) {
		model.setRegistrationOpenDate(registrationOpenDate);
	}

	/**
	 * Sets the seats of this course session.
	 *
	 * @param seats the seats of this course session
	 */
	@Override
	public void setSeats(int seats) {
		model.setSeats(seats);
	}

	/**
	 * Sets the seats taken of this course session.
	 *
	 * @param seatsTaken the seats taken of this course session
	 */
	@Override
	public void setSeatsTaken(int seatsTaken) {
		model.setSeatsTaken(seatsTaken);
	}

	/**
	 * Sets the start date of this course session.
	 *
	 * @param startDate the start date of this course session
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this course session.
	 *
	 * @param status the status of this course session
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status by user ID of this course session.
	 *
	 * @param statusByUserId the status by user ID of this course session
	 */
	@Override
	public void setStatusByUserId(long statusByUserId) {
		model.setStatusByUserId(statusByUserId);
	}

	/**
	 * Sets the status by user name of this course session.
	 *
	 * @param statusByUserName the status by user name of this course session
	 */
	@Override
	public void setStatusByUserName(String statusByUserName) {
		model.setStatusByUserName(statusByUserName);
	}

	/**
	 * Sets the status by user uuid of this course session.
	 *
	 * @param statusByUserUuid the status by user uuid of this course session
	 */
	@Override
	public void setStatusByUserUuid(String statusByUserUuid) {
		model.setStatusByUserUuid(statusByUserUuid);
	}

	/**
	 * Sets the status date of this course session.
	 *
	 * @param statusDate the status date of this course session
	 */
	@Override
	public void setStatusDate(Date statusDate) {
		model.setStatusDate(statusDate);
	}

	/**
	 * Sets the status reason of this course session.
	 *
	 * @param statusReason the status reason of this course session
	 */
	@Override
	public void setStatusReason(String statusReason) {
		model.setStatusReason(statusReason);
	}

	/**
	 * Sets the training method ID of this course session.
	 *
	 * @param trainingMethodId the training method ID of this course session
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the user ID of this course session.
	 *
	 * @param userId the user ID of this course session
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this course session.
	 *
	 * @param userName the user name of this course session
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this course session.
	 *
	 * @param userUuid the user uuid of this course session
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this course session.
	 *
	 * @param uuid the uuid of this course session
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	/**
	 * Sets the venue address of this course session.
	 *
	 * @param venueAddress the venue address of this course session
	 */
	@Override
	public void setVenueAddress(String venueAddress) {
		model.setVenueAddress(venueAddress);
	}

	/**
	 * Sets the venue name of this course session.
	 *
	 * @param venueName the venue name of this course session
	 */
	@Override
	public void setVenueName(String venueName) {
		model.setVenueName(venueName);
	}

	/**
	 * Sets the waitlisted count of this course session.
	 *
	 * @param waitlistedCount the waitlisted count of this course session
	 */
	@Override
	public void setWaitlistedCount(int waitlistedCount) {
		model.setWaitlistedCount(waitlistedCount);
	}

	/**
	 * Sets the waitlist mode of this course session.
	 *
	 * @param waitlistMode the waitlist mode of this course session
	 */
	@Override
	public void setWaitlistMode(int waitlistMode) {
		model.setWaitlistMode(waitlistMode);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	public StagedModelType getStagedModelType() {
		return model.getStagedModelType();
	}

	@Override
	protected CourseSessionWrapper wrap(CourseSession courseSession) {
		return new CourseSessionWrapper(courseSession);
	}

}