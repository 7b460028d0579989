/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link SurveyInvitation}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyInvitation
 * @generated
 */
public class SurveyInvitationWrapper
	extends BaseModelWrapper<SurveyInvitation>
	implements ModelWrapper<SurveyInvitation>, SurveyInvitation {

	public SurveyInvitationWrapper(SurveyInvitation surveyInvitation) {
		super(surveyInvitation);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("surveyInvitationId", getSurveyInvitationId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("surveyDispatchId", getSurveyDispatchId());
		attributes.put("surveyId", getSurveyId());
		attributes.put("registrationId", getRegistrationId());
		attributes.put("userId", getUserId());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("methodId", getMethodId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("status", getStatus());
		attributes.put("sentDate", getSentDate());
		attributes.put("reminderCount", getReminderCount());
		attributes.put("lastReminderDate", getLastReminderDate());
		attributes.put("expirationDate", getExpirationDate());
		attributes.put("sentMonth", getSentMonth());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long surveyInvitationId = (Long)attributes.get("surveyInvitationId");

		if (surveyInvitationId != null) {
			setSurveyInvitationId(surveyInvitationId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long surveyDispatchId = (Long)attributes.get("surveyDispatchId");

		if (surveyDispatchId != null) {
			setSurveyDispatchId(surveyDispatchId);
		}

		Long surveyId = (Long)attributes.get("surveyId");

		if (surveyId != null) {
			setSurveyId(surveyId);
		}

		Long registrationId = (Long)attributes.get("registrationId");

		if (registrationId != null) {
			setRegistrationId(registrationId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long methodId = (Long)attributes.get("methodId");

		if (methodId != null) {
			setMethodId(methodId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date sentDate = (Date)attributes.get("sentDate");

		if (sentDate != null) {
			setSentDate(sentDate);
		}

		Integer reminderCount = (Integer)attributes.get("reminderCount");

		if (reminderCount != null) {
			setReminderCount(reminderCount);
		}

		Date lastReminderDate = (Date)attributes.get("lastReminderDate");

		if (lastReminderDate != null) {
			setLastReminderDate(lastReminderDate);
		}

		Date expirationDate = (Date)attributes.get("expirationDate");

		if (expirationDate != null) {
			setExpirationDate(expirationDate);
		}

		Integer sentMonth = (Integer)attributes.get("sentMonth");

		if (sentMonth != null) {
			setSentMonth(sentMonth);
		}
	}

	@Override
	public SurveyInvitation cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this survey invitation.
	 *
	 * @return the company ID of this survey invitation
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this survey invitation.
	 *
	 * @return the course session ID of this survey invitation
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the expiration date of this survey invitation.
	 *
	 * @return the expiration date of this survey invitation
	 */
	@Override
	public Date getExpirationDate() {
		return model.getExpirationDate();
	}

	/**
	 * Returns the group ID of this survey invitation.
	 *
	 * @return the group ID of this survey invitation
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the last reminder date of this survey invitation.
	 *
	 * @return the last reminder date of this survey invitation
	 */
	@Override
	public Date getLastReminderDate() {
		return model.getLastReminderDate();
	}

	/**
	 * Returns the method ID of this survey invitation.
	 *
	 * @return the method ID of this survey invitation
	 */
	@Override
	public long getMethodId() {
		return model.getMethodId();
	}

	/**
	 * Returns the mvcc version of this survey invitation.
	 *
	 * @return the mvcc version of this survey invitation
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this survey invitation.
	 *
	 * @return the organization ID of this survey invitation
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this survey invitation.
	 *
	 * @return the primary key of this survey invitation
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the registration ID of this survey invitation.
	 *
	 * @return the registration ID of this survey invitation
	 */
	@Override
	public long getRegistrationId() {
		return model.getRegistrationId();
	}

	/**
	 * Returns the reminder count of this survey invitation.
	 *
	 * @return the reminder count of this survey invitation
	 */
	@Override
	public int getReminderCount() {
		return model.getReminderCount();
	}

	/**
	 * Returns the sent date of this survey invitation.
	 *
	 * @return the sent date of this survey invitation
	 */
	@Override
	public Date getSentDate() {
		return model.getSentDate();
	}

	/**
	 * Returns the sent month of this survey invitation.
	 *
	 * @return the sent month of this survey invitation
	 */
	@Override
	public int getSentMonth() {
		return model.getSentMonth();
	}

	/**
	 * Returns the status of this survey invitation.
	 *
	 * @return the status of this survey invitation
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the survey dispatch ID of this survey invitation.
	 *
	 * @return the survey dispatch ID of this survey invitation
	 */
	@Override
	public long getSurveyDispatchId() {
		return model.getSurveyDispatchId();
	}

	/**
	 * Returns the survey ID of this survey invitation.
	 *
	 * @return the survey ID of this survey invitation
	 */
	@Override
	public long getSurveyId() {
		return model.getSurveyId();
	}

	/**
	 * Returns the survey invitation ID of this survey invitation.
	 *
	 * @return the survey invitation ID of this survey invitation
	 */
	@Override
	public long getSurveyInvitationId() {
		return model.getSurveyInvitationId();
	}

	/**
	 * Returns the user ID of this survey invitation.
	 *
	 * @return the user ID of this survey invitation
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this survey invitation.
	 *
	 * @return the user uuid of this survey invitation
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this survey invitation.
	 *
	 * @param companyId the company ID of this survey invitation
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this survey invitation.
	 *
	 * @param courseSessionId the course session ID of this survey invitation
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the expiration date of this survey invitation.
	 *
	 * @param expirationDate the expiration date of this survey invitation
	 */
	@Override
	public void setExpirationDate(Date expirationDate) {
		model.setExpirationDate(expirationDate);
	}

	/**
	 * Sets the group ID of this survey invitation.
	 *
	 * @param groupId the group ID of this survey invitation
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the last reminder date of this survey invitation.
	 *
	 * @param lastReminderDate the last reminder date of this survey invitation
	 */
	@Override
	public void setLastReminderDate(Date lastReminderDate) {
		model.setLastReminderDate(lastReminderDate);
	}

	/**
	 * Sets the method ID of this survey invitation.
	 *
	 * @param methodId the method ID of this survey invitation
	 */
	@Override
	public void setMethodId(long methodId) {
		model.setMethodId(methodId);
	}

	/**
	 * Sets the mvcc version of this survey invitation.
	 *
	 * @param mvccVersion the mvcc version of this survey invitation
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this survey invitation.
	 *
	 * @param organizationId the organization ID of this survey invitation
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this survey invitation.
	 *
	 * @param primaryKey the primary key of this survey invitation
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the registration ID of this survey invitation.
	 *
	 * @param registrationId the registration ID of this survey invitation
	 */
	@Override
	public void setRegistrationId(long registrationId) {
		model.setRegistrationId(registrationId);
	}

	/**
	 * Sets the reminder count of this survey invitation.
	 *
	 * @param reminderCount the reminder count of this survey invitation
	 */
	@Override
	public void setReminderCount(int reminderCount) {
		model.setReminderCount(reminderCount);
	}

	/**
	 * Sets the sent date of this survey invitation.
	 *
	 * @param sentDate the sent date of this survey invitation
	 */
	@Override
	public void setSentDate(Date sentDate) {
		model.setSentDate(sentDate);
	}

	/**
	 * Sets the sent month of this survey invitation.
	 *
	 * @param sentMonth the sent month of this survey invitation
	 */
	@Override
	public void setSentMonth(int sentMonth) {
		model.setSentMonth(sentMonth);
	}

	/**
	 * Sets the status of this survey invitation.
	 *
	 * @param status the status of this survey invitation
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the survey dispatch ID of this survey invitation.
	 *
	 * @param surveyDispatchId the survey dispatch ID of this survey invitation
	 */
	@Override
	public void setSurveyDispatchId(long surveyDispatchId) {
		model.setSurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Sets the survey ID of this survey invitation.
	 *
	 * @param surveyId the survey ID of this survey invitation
	 */
	@Override
	public void setSurveyId(long surveyId) {
		model.setSurveyId(surveyId);
	}

	/**
	 * Sets the survey invitation ID of this survey invitation.
	 *
	 * @param surveyInvitationId the survey invitation ID of this survey invitation
	 */
	@Override
	public void setSurveyInvitationId(long surveyInvitationId) {
		model.setSurveyInvitationId(surveyInvitationId);
	}

	/**
	 * Sets the user ID of this survey invitation.
	 *
	 * @param userId the user ID of this survey invitation
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this survey invitation.
	 *
	 * @param userUuid the user uuid of this survey invitation
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyInvitationWrapper wrap(SurveyInvitation surveyInvitation) {
		return new SurveyInvitationWrapper(surveyInvitation);
	}

}