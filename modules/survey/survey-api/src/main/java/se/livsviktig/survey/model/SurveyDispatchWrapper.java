/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link SurveyDispatch}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatch
 * @generated
 */
public class SurveyDispatchWrapper
	extends BaseModelWrapper<SurveyDispatch>
	implements ModelWrapper<SurveyDispatch>, SurveyDispatch {

	public SurveyDispatchWrapper(SurveyDispatch surveyDispatch) {
		super(surveyDispatch);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("surveyDispatchId", getSurveyDispatchId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("surveyId", getSurveyId());
		attributes.put("methodId", getMethodId());
		attributes.put("triggerType", getTriggerType());
		attributes.put("delayDays", getDelayDays());
		attributes.put("windowStartDate", getWindowStartDate());
		attributes.put("closeDate", getCloseDate());
		attributes.put("reminderIntervalDays", getReminderIntervalDays());
		attributes.put("maxReminders", getMaxReminders());
		attributes.put("status", getStatus());
		attributes.put("lastRunDate", getLastRunDate());

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

		Long surveyDispatchId = (Long)attributes.get("surveyDispatchId");

		if (surveyDispatchId != null) {
			setSurveyDispatchId(surveyDispatchId);
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

		Long surveyId = (Long)attributes.get("surveyId");

		if (surveyId != null) {
			setSurveyId(surveyId);
		}

		Long methodId = (Long)attributes.get("methodId");

		if (methodId != null) {
			setMethodId(methodId);
		}

		Integer triggerType = (Integer)attributes.get("triggerType");

		if (triggerType != null) {
			setTriggerType(triggerType);
		}

		Integer delayDays = (Integer)attributes.get("delayDays");

		if (delayDays != null) {
			setDelayDays(delayDays);
		}

		Date windowStartDate = (Date)attributes.get("windowStartDate");

		if (windowStartDate != null) {
			setWindowStartDate(windowStartDate);
		}

		Date closeDate = (Date)attributes.get("closeDate");

		if (closeDate != null) {
			setCloseDate(closeDate);
		}

		Integer reminderIntervalDays = (Integer)attributes.get(
			"reminderIntervalDays");

		if (reminderIntervalDays != null) {
			setReminderIntervalDays(reminderIntervalDays);
		}

		Integer maxReminders = (Integer)attributes.get("maxReminders");

		if (maxReminders != null) {
			setMaxReminders(maxReminders);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date lastRunDate = (Date)attributes.get("lastRunDate");

		if (lastRunDate != null) {
			setLastRunDate(lastRunDate);
		}
	}

	@Override
	public SurveyDispatch cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the close date of this survey dispatch.
	 *
	 * @return the close date of this survey dispatch
	 */
	@Override
	public Date getCloseDate() {
		return model.getCloseDate();
	}

	/**
	 * Returns the company ID of this survey dispatch.
	 *
	 * @return the company ID of this survey dispatch
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this survey dispatch.
	 *
	 * @return the create date of this survey dispatch
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the delay days of this survey dispatch.
	 *
	 * @return the delay days of this survey dispatch
	 */
	@Override
	public int getDelayDays() {
		return model.getDelayDays();
	}

	/**
	 * Returns the group ID of this survey dispatch.
	 *
	 * @return the group ID of this survey dispatch
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the last run date of this survey dispatch.
	 *
	 * @return the last run date of this survey dispatch
	 */
	@Override
	public Date getLastRunDate() {
		return model.getLastRunDate();
	}

	/**
	 * Returns the max reminders of this survey dispatch.
	 *
	 * @return the max reminders of this survey dispatch
	 */
	@Override
	public int getMaxReminders() {
		return model.getMaxReminders();
	}

	/**
	 * Returns the method ID of this survey dispatch.
	 *
	 * @return the method ID of this survey dispatch
	 */
	@Override
	public long getMethodId() {
		return model.getMethodId();
	}

	/**
	 * Returns the modified date of this survey dispatch.
	 *
	 * @return the modified date of this survey dispatch
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this survey dispatch.
	 *
	 * @return the mvcc version of this survey dispatch
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this survey dispatch.
	 *
	 * @return the primary key of this survey dispatch
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reminder interval days of this survey dispatch.
	 *
	 * @return the reminder interval days of this survey dispatch
	 */
	@Override
	public int getReminderIntervalDays() {
		return model.getReminderIntervalDays();
	}

	/**
	 * Returns the status of this survey dispatch.
	 *
	 * @return the status of this survey dispatch
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the survey dispatch ID of this survey dispatch.
	 *
	 * @return the survey dispatch ID of this survey dispatch
	 */
	@Override
	public long getSurveyDispatchId() {
		return model.getSurveyDispatchId();
	}

	/**
	 * Returns the survey ID of this survey dispatch.
	 *
	 * @return the survey ID of this survey dispatch
	 */
	@Override
	public long getSurveyId() {
		return model.getSurveyId();
	}

	/**
	 * Returns the trigger type of this survey dispatch.
	 *
	 * @return the trigger type of this survey dispatch
	 */
	@Override
	public int getTriggerType() {
		return model.getTriggerType();
	}

	/**
	 * Returns the user ID of this survey dispatch.
	 *
	 * @return the user ID of this survey dispatch
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this survey dispatch.
	 *
	 * @return the user name of this survey dispatch
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this survey dispatch.
	 *
	 * @return the user uuid of this survey dispatch
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this survey dispatch.
	 *
	 * @return the uuid of this survey dispatch
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns the window start date of this survey dispatch.
	 *
	 * @return the window start date of this survey dispatch
	 */
	@Override
	public Date getWindowStartDate() {
		return model.getWindowStartDate();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the close date of this survey dispatch.
	 *
	 * @param closeDate the close date of this survey dispatch
	 */
	@Override
	public void setCloseDate(Date closeDate) {
		model.setCloseDate(closeDate);
	}

	/**
	 * Sets the company ID of this survey dispatch.
	 *
	 * @param companyId the company ID of this survey dispatch
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this survey dispatch.
	 *
	 * @param createDate the create date of this survey dispatch
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the delay days of this survey dispatch.
	 *
	 * @param delayDays the delay days of this survey dispatch
	 */
	@Override
	public void setDelayDays(int delayDays) {
		model.setDelayDays(delayDays);
	}

	/**
	 * Sets the group ID of this survey dispatch.
	 *
	 * @param groupId the group ID of this survey dispatch
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the last run date of this survey dispatch.
	 *
	 * @param lastRunDate the last run date of this survey dispatch
	 */
	@Override
	public void setLastRunDate(Date lastRunDate) {
		model.setLastRunDate(lastRunDate);
	}

	/**
	 * Sets the max reminders of this survey dispatch.
	 *
	 * @param maxReminders the max reminders of this survey dispatch
	 */
	@Override
	public void setMaxReminders(int maxReminders) {
		model.setMaxReminders(maxReminders);
	}

	/**
	 * Sets the method ID of this survey dispatch.
	 *
	 * @param methodId the method ID of this survey dispatch
	 */
	@Override
	public void setMethodId(long methodId) {
		model.setMethodId(methodId);
	}

	/**
	 * Sets the modified date of this survey dispatch.
	 *
	 * @param modifiedDate the modified date of this survey dispatch
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this survey dispatch.
	 *
	 * @param mvccVersion the mvcc version of this survey dispatch
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this survey dispatch.
	 *
	 * @param primaryKey the primary key of this survey dispatch
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reminder interval days of this survey dispatch.
	 *
	 * @param reminderIntervalDays the reminder interval days of this survey dispatch
	 */
	@Override
	public void setReminderIntervalDays(int reminderIntervalDays) {
		model.setReminderIntervalDays(reminderIntervalDays);
	}

	/**
	 * Sets the status of this survey dispatch.
	 *
	 * @param status the status of this survey dispatch
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the survey dispatch ID of this survey dispatch.
	 *
	 * @param surveyDispatchId the survey dispatch ID of this survey dispatch
	 */
	@Override
	public void setSurveyDispatchId(long surveyDispatchId) {
		model.setSurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Sets the survey ID of this survey dispatch.
	 *
	 * @param surveyId the survey ID of this survey dispatch
	 */
	@Override
	public void setSurveyId(long surveyId) {
		model.setSurveyId(surveyId);
	}

	/**
	 * Sets the trigger type of this survey dispatch.
	 *
	 * @param triggerType the trigger type of this survey dispatch
	 */
	@Override
	public void setTriggerType(int triggerType) {
		model.setTriggerType(triggerType);
	}

	/**
	 * Sets the user ID of this survey dispatch.
	 *
	 * @param userId the user ID of this survey dispatch
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this survey dispatch.
	 *
	 * @param userName the user name of this survey dispatch
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this survey dispatch.
	 *
	 * @param userUuid the user uuid of this survey dispatch
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this survey dispatch.
	 *
	 * @param uuid the uuid of this survey dispatch
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	/**
	 * Sets the window start date of this survey dispatch.
	 *
	 * @param windowStartDate the window start date of this survey dispatch
	 */
	@Override
	public void setWindowStartDate(Date windowStartDate) {
		model.setWindowStartDate(windowStartDate);
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
	protected SurveyDispatchWrapper wrap(SurveyDispatch surveyDispatch) {
		return new SurveyDispatchWrapper(surveyDispatch);
	}

}