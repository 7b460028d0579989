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
 * This class is a wrapper for {@link Registration}.
 * </p>
 *
 * @author Livsviktig
 * @see Registration
 * @generated
 */
public class RegistrationWrapper
	extends BaseModelWrapper<Registration>
	implements ModelWrapper<Registration>, Registration {

	public RegistrationWrapper(Registration registration) {
		super(registration);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("registrationId", getRegistrationId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("courseId", getCourseId());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("registeredByUserId", getRegisteredByUserId());
		attributes.put("activeKey", getActiveKey());
		attributes.put("queueNumber", getQueueNumber());
		attributes.put("motivation", getMotivation());
		attributes.put("dietaryNeeds", getDietaryNeeds());
		attributes.put("holdExpirationDate", getHoldExpirationDate());
		attributes.put("reviewerUserId", getReviewerUserId());
		attributes.put("reviewDate", getReviewDate());
		attributes.put("reviewComment", getReviewComment());
		attributes.put("cancelledByUserId", getCancelledByUserId());
		attributes.put("cancellationReason", getCancellationReason());
		attributes.put("completionDate", getCompletionDate());
		attributes.put("calendarSequence", getCalendarSequence());
		attributes.put("status", getStatus());
		attributes.put("statusDate", getStatusDate());
		attributes.put("sex", getSex());
		attributes.put("participantKey", getParticipantKey());

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

		Long registrationId = (Long)attributes.get("registrationId");

		if (registrationId != null) {
			setRegistrationId(registrationId);
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

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long courseId = (Long)attributes.get("courseId");

		if (courseId != null) {
			setCourseId(courseId);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Long registeredByUserId = (Long)attributes.get("registeredByUserId");

		if (registeredByUserId != null) {
			setRegisteredByUserId(registeredByUserId);
		}

		Long activeKey = (Long)attributes.get("activeKey");

		if (activeKey != null) {
			setActiveKey(activeKey);
		}

		Long queueNumber = (Long)attributes.get("queueNumber");

		if (queueNumber != null) {
			setQueueNumber(queueNumber);
		}

		String motivation = (String)attributes.get("motivation");

		if (motivation != null) {
			setMotivation(motivation);
		}

		String dietaryNeeds = (String)attributes.get("dietaryNeeds");

		if (dietaryNeeds != null) {
			setDietaryNeeds(dietaryNeeds);
		}

		Date holdExpirationDate = (Date)attributes.get("holdExpirationDate");

		if (holdExpirationDate != null) {
			setHoldExpirationDate(holdExpirationDate);
		}

		Long reviewerUserId = (Long)attributes.get("reviewerUserId");

		if (reviewerUserId != null) {
			setReviewerUserId(reviewerUserId);
		}

		Date reviewDate = (Date)attributes.get("reviewDate");

		if (reviewDate != null) {
			setReviewDate(reviewDate);
		}

		String reviewComment = (String)attributes.get("reviewComment");

		if (reviewComment != null) {
			setReviewComment(reviewComment);
		}

		Long cancelledByUserId = (Long)attributes.get("cancelledByUserId");

		if (cancelledByUserId != null) {
			setCancelledByUserId(cancelledByUserId);
		}

		String cancellationReason = (String)attributes.get(
			"cancellationReason");

		if (cancellationReason != null) {
			setCancellationReason(cancellationReason);
		}

		Date completionDate = (Date)attributes.get("completionDate");

		if (completionDate != null) {
			setCompletionDate(completionDate);
		}

		Integer calendarSequence = (Integer)attributes.get("calendarSequence");

		if (calendarSequence != null) {
			setCalendarSequence(calendarSequence);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date statusDate = (Date)attributes.get("statusDate");

		if (statusDate != null) {
			setStatusDate(statusDate);
		}

		String sex = (String)attributes.get("sex");

		if (sex != null) {
			setSex(sex);
		}

		Long participantKey = (Long)attributes.get("participantKey");

		if (participantKey != null) {
			setParticipantKey(participantKey);
		}
	}

	@Override
	public Registration cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the active key of this registration.
	 *
	 * @return the active key of this registration
	 */
	@Override
	public long getActiveKey() {
		return model.getActiveKey();
	}

	/**
	 * Returns the calendar sequence of this registration.
	 *
	 * @return the calendar sequence of this registration
	 */
	@Override
	public int getCalendarSequence() {
		return model.getCalendarSequence();
	}

	/**
	 * Returns the cancellation reason of this registration.
	 *
	 * @return the cancellation reason of this registration
	 */
	@Override
	public String getCancellationReason() {
		return model.getCancellationReason();
	}

	/**
	 * Returns the cancelled by user ID of this registration.
	 *
	 * @return the cancelled by user ID of this registration
	 */
	@Override
	public long getCancelledByUserId() {
		return model.getCancelledByUserId();
	}

	/**
	 * Returns the cancelled by user uuid of this registration.
	 *
	 * @return the cancelled by user uuid of this registration
	 */
	@Override
	public String getCancelledByUserUuid() {
		return model.getCancelledByUserUuid();
	}

	/**
	 * Returns the company ID of this registration.
	 *
	 * @return the company ID of this registration
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the completion date of this registration.
	 *
	 * @return the completion date of this registration
	 */
	@Override
	public Date getCompletionDate() {
		return model.getCompletionDate();
	}

	/**
	 * Returns the course ID of this registration.
	 *
	 * @return the course ID of this registration
	 */
	@Override
	public long getCourseId() {
		return model.getCourseId();
	}

	/**
	 * Returns the course session ID of this registration.
	 *
	 * @return the course session ID of this registration
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this registration.
	 *
	 * @return the create date of this registration
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the dietary needs of this registration.
	 *
	 * @return the dietary needs of this registration
	 */
	@Override
	public String getDietaryNeeds() {
		return model.getDietaryNeeds();
	}

	/**
	 * Returns the group ID of this registration.
	 *
	 * @return the group ID of this registration
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the hold expiration date of this registration.
	 *
	 * @return the hold expiration date of this registration
	 */
	@Override
	public Date getHoldExpirationDate() {
		return model.getHoldExpirationDate();
	}

	/**
	 * Returns the modified date of this registration.
	 *
	 * @return the modified date of this registration
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the motivation of this registration.
	 *
	 * @return the motivation of this registration
	 */
	@Override
	public String getMotivation() {
		return model.getMotivation();
	}

	/**
	 * Returns the mvcc version of this registration.
	 *
	 * @return the mvcc version of this registration
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this registration.
	 *
	 * @return the organization ID of this registration
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the participant key of this registration.
	 *
	 * @return the participant key of this registration
	 */
	@Override
	public long getParticipantKey() {
		return model.getParticipantKey();
	}

	/**
	 * Returns the primary key of this registration.
	 *
	 * @return the primary key of this registration
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the queue number of this registration.
	 *
	 * @return the queue number of this registration
	 */
	@Override
	public long getQueueNumber() {
		return model.getQueueNumber();
	}

	/**
	 * Returns the registered by user ID of this registration.
	 *
	 * @return the registered by user ID of this registration
	 */
	@Override
	public long getRegisteredByUserId() {
		return model.getRegisteredByUserId();
	}

	/**
	 * Returns the registered by user uuid of this registration.
	 *
	 * @return the registered by user uuid of this registration
	 */
	@Override
	public String getRegisteredByUserUuid() {
		return model.getRegisteredByUserUuid();
	}

	/**
	 * Returns the registration ID of this registration.
	 *
	 * @return the registration ID of this registration
	 */
	@Override
	public long getRegistrationId() {
		return model.getRegistrationId();
	}

	/**
	 * Returns the review comment of this registration.
	 *
	 * @return the review comment of this registration
	 */
	@Override
	public String getReviewComment() {
		return model.getReviewComment();
	}

	/**
	 * Returns the review date of this registration.
	 *
	 * @return the review date of this registration
	 */
	@Override
	public Date getReviewDate() {
		return model.getReviewDate();
	}

	/**
	 * Returns the reviewer user ID of this registration.
	 *
	 * @return the reviewer user ID of this registration
	 */
	@Override
	public long getReviewerUserId() {
		return model.getReviewerUserId();
	}

	/**
	 * Returns the reviewer user uuid of this registration.
	 *
	 * @return the reviewer user uuid of this registration
	 */
	@Override
	public String getReviewerUserUuid() {
		return model.getReviewerUserUuid();
	}

	/**
	 * Returns the sex of this registration.
	 *
	 * @return the sex of this registration
	 */
	@Override
	public String getSex() {
		return model.getSex();
	}

	/**
	 * Returns the status of this registration.
	 *
	 * @return the status of this registration
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status date of this registration.
	 *
	 * @return the status date of this registration
	 */
	@Override
	public Date getStatusDate() {
		return model.getStatusDate();
	}

	/**
	 * Returns the training method ID of this registration.
	 *
	 * @return the training method ID of this registration
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the user ID of this registration.
	 *
	 * @return the user ID of this registration
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this registration.
	 *
	 * @return the user name of this registration
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this registration.
	 *
	 * @return the user uuid of this registration
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this registration.
	 *
	 * @return the uuid of this registration
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the active key of this registration.
	 *
	 * @param activeKey the active key of this registration
	 */
	@Override
	public void setActiveKey(long activeKey) {
		model.setActiveKey(activeKey);
	}

	/**
	 * Sets the calendar sequence of this registration.
	 *
	 * @param calendarSequence the calendar sequence of this registration
	 */
	@Override
	public void setCalendarSequence(int calendarSequence) {
		model.setCalendarSequence(calendarSequence);
	}

	/**
	 * Sets the cancellation reason of this registration.
	 *
	 * @param cancellationReason the cancellation reason of this registration
	 */
	@Override
	public void setCancellationReason(String cancellationReason) {
		model.setCancellationReason(cancellationReason);
	}

	/**
	 * Sets the cancelled by user ID of this registration.
	 *
	 * @param cancelledByUserId the cancelled by user ID of this registration
	 */
	@Override
	public void setCancelledByUserId(long cancelledByUserId) {
		model.setCancelledByUserId(cancelledByUserId);
	}

	/**
	 * Sets the cancelled by user uuid of this registration.
	 *
	 * @param cancelledByUserUuid the cancelled by user uuid of this registration
	 */
	@Override
	public void setCancelledByUserUuid(String cancelledByUserUuid) {
		model.setCancelledByUserUuid(cancelledByUserUuid);
	}

	/**
	 * Sets the company ID of this registration.
	 *
	 * @param companyId the company ID of this registration
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the completion date of this registration.
	 *
	 * @param completionDate the completion date of this registration
	 */
	@Override
	public void setCompletionDate(Date completionDate) {
		model.setCompletionDate(completionDate);
	}

	/**
	 * Sets the course ID of this registration.
	 *
	 * @param courseId the course ID of this registration
	 */
	@Override
	public void setCourseId(long courseId) {
		model.setCourseId(courseId);
	}

	/**
	 * Sets the course session ID of this registration.
	 *
	 * @param courseSessionId the course session ID of this registration
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this registration.
	 *
	 * @param createDate the create date of this registration
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the dietary needs of this registration.
	 *
	 * @param dietaryNeeds the dietary needs of this registration
	 */
	@Override
	public void setDietaryNeeds(String dietaryNeeds) {
		model.setDietaryNeeds(dietaryNeeds);
	}

	/**
	 * Sets the group ID of this registration.
	 *
	 * @param groupId the group ID of this registration
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the hold expiration date of this registration.
	 *
	 * @param holdExpirationDate the hold expiration date of this registration
	 */
	@Override
	public void setHoldExpirationDate(Date holdExpirationDate) {
		model.setHoldExpirationDate(holdExpirationDate);
	}

	/**
	 * Sets the modified date of this registration.
	 *
	 * @param modifiedDate the modified date of this registration
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the motivation of this registration.
	 *
	 * @param motivation the motivation of this registration
	 */
	@Override
	public void setMotivation(String motivation) {
		model.setMotivation(motivation);
	}

	/**
	 * Sets the mvcc version of this registration.
	 *
	 * @param mvccVersion the mvcc version of this registration
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this registration.
	 *
	 * @param organizationId the organization ID of this registration
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the participant key of this registration.
	 *
	 * @param participantKey the participant key of this registration
	 */
	@Override
	public void setParticipantKey(long participantKey) {
		model.setParticipantKey(participantKey);
	}

	/**
	 * Sets the primary key of this registration.
	 *
	 * @param primaryKey the primary key of this registration
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the queue number of this registration.
	 *
	 * @param queueNumber the queue number of this registration
	 */
	@Override
	public void setQueueNumber(long queueNumber) {
		model.setQueueNumber(queueNumber);
	}

	/**
	 * Sets the registered by user ID of this registration.
	 *
	 * @param registeredByUserId the registered by user ID of this registration
	 */
	@Override
	public void setRegisteredByUserId(long registeredByUserId) {
		model.setRegisteredByUserId(registeredByUserId);
	}

	/**
	 * Sets the registered by user uuid of this registration.
	 *
	 * @param registeredByUserUuid the registered by user uuid of this registration
	 */
	@Override
	public void setRegisteredByUserUuid(String registeredByUserUuid) {
		model.setRegisteredByUserUuid(registeredByUserUuid);
	}

	/**
	 * Sets the registration ID of this registration.
	 *
	 * @param registrationId the registration ID of this registration
	 */
	@Override
	public void setRegistrationId(long registrationId) {
		model.setRegistrationId(registrationId);
	}

	/**
	 * Sets the review comment of this registration.
	 *
	 * @param reviewComment the review comment of this registration
	 */
	@Override
	public void setReviewComment(String reviewComment) {
		model.setReviewComment(reviewComment);
	}

	/**
	 * Sets the review date of this registration.
	 *
	 * @param reviewDate the review date of this registration
	 */
	@Override
	public void setReviewDate(Date reviewDate) {
		model.setReviewDate(reviewDate);
	}

	/**
	 * Sets the reviewer user ID of this registration.
	 *
	 * @param reviewerUserId the reviewer user ID of this registration
	 */
	@Override
	public void setReviewerUserId(long reviewerUserId) {
		model.setReviewerUserId(reviewerUserId);
	}

	/**
	 * Sets the reviewer user uuid of this registration.
	 *
	 * @param reviewerUserUuid the reviewer user uuid of this registration
	 */
	@Override
	public void setReviewerUserUuid(String reviewerUserUuid) {
		model.setReviewerUserUuid(reviewerUserUuid);
	}

	/**
	 * Sets the sex of this registration.
	 *
	 * @param sex the sex of this registration
	 */
	@Override
	public void setSex(String sex) {
		model.setSex(sex);
	}

	/**
	 * Sets the status of this registration.
	 *
	 * @param status the status of this registration
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status date of this registration.
	 *
	 * @param statusDate the status date of this registration
	 */
	@Override
	public void setStatusDate(Date statusDate) {
		model.setStatusDate(statusDate);
	}

	/**
	 * Sets the training method ID of this registration.
	 *
	 * @param trainingMethodId the training method ID of this registration
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the user ID of this registration.
	 *
	 * @param userId the user ID of this registration
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this registration.
	 *
	 * @param userName the user name of this registration
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this registration.
	 *
	 * @param userUuid the user uuid of this registration
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this registration.
	 *
	 * @param uuid the uuid of this registration
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
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
	protected RegistrationWrapper wrap(Registration registration) {
		return new RegistrationWrapper(registration);
	}

}