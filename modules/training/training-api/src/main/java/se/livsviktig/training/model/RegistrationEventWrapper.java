/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link RegistrationEvent}.
 * </p>
 *
 * @author Livsviktig
 * @see RegistrationEvent
 * @generated
 */
public class RegistrationEventWrapper
	extends BaseModelWrapper<RegistrationEvent>
	implements ModelWrapper<RegistrationEvent>, RegistrationEvent {

	public RegistrationEventWrapper(RegistrationEvent registrationEvent) {
		super(registrationEvent);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("registrationEventId", getRegistrationEventId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("registrationId", getRegistrationId());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("type", getType());
		attributes.put("fromStatus", getFromStatus());
		attributes.put("toStatus", getToStatus());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long registrationEventId = (Long)attributes.get("registrationEventId");

		if (registrationEventId != null) {
			setRegistrationEventId(registrationEventId);
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

		Long registrationId = (Long)attributes.get("registrationId");

		if (registrationId != null) {
			setRegistrationId(registrationId);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		String type = (String)attributes.get("type");

		if (type != null) {
			setType(type);
		}

		Integer fromStatus = (Integer)attributes.get("fromStatus");

		if (fromStatus != null) {
			setFromStatus(fromStatus);
		}

		Integer toStatus = (Integer)attributes.get("toStatus");

		if (toStatus != null) {
			setToStatus(toStatus);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public RegistrationEvent cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the comment of this registration event.
	 *
	 * @return the comment of this registration event
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this registration event.
	 *
	 * @return the company ID of this registration event
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this registration event.
	 *
	 * @return the course session ID of this registration event
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this registration event.
	 *
	 * @return the create date of this registration event
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the from status of this registration event.
	 *
	 * @return the from status of this registration event
	 */
	@Override
	public int getFromStatus() {
		return model.getFromStatus();
	}

	/**
	 * Returns the group ID of this registration event.
	 *
	 * @return the group ID of this registration event
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this registration event.
	 *
	 * @return the mvcc version of this registration event
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this registration event.
	 *
	 * @return the primary key of this registration event
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the registration event ID of this registration event.
	 *
	 * @return the registration event ID of this registration event
	 */
	@Override
	public long getRegistrationEventId() {
		return model.getRegistrationEventId();
	}

	/**
	 * Returns the registration ID of this registration event.
	 *
	 * @return the registration ID of this registration event
	 */
	@Override
	public long getRegistrationId() {
		return model.getRegistrationId();
	}

	/**
	 * Returns the to status of this registration event.
	 *
	 * @return the to status of this registration event
	 */
	@Override
	public int getToStatus() {
		return model.getToStatus();
	}

	/**
	 * Returns the type of this registration event.
	 *
	 * @return the type of this registration event
	 */
	@Override
	public String getType() {
		return model.getType();
	}

	/**
	 * Returns the user ID of this registration event.
	 *
	 * @return the user ID of this registration event
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this registration event.
	 *
	 * @return the user name of this registration event
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this registration event.
	 *
	 * @return the user uuid of this registration event
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
	 * Sets the comment of this registration event.
	 *
	 * @param comment the comment of this registration event
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this registration event.
	 *
	 * @param companyId the company ID of this registration event
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this registration event.
	 *
	 * @param courseSessionId the course session ID of this registration event
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this registration event.
	 *
	 * @param createDate the create date of this registration event
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the from status of this registration event.
	 *
	 * @param fromStatus the from status of this registration event
	 */
	@Override
	public void setFromStatus(int fromStatus) {
		model.setFromStatus(fromStatus);
	}

	/**
	 * Sets the group ID of this registration event.
	 *
	 * @param groupId the group ID of this registration event
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this registration event.
	 *
	 * @param mvccVersion the mvcc version of this registration event
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this registration event.
	 *
	 * @param primaryKey the primary key of this registration event
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the registration event ID of this registration event.
	 *
	 * @param registrationEventId the registration event ID of this registration event
	 */
	@Override
	public void setRegistrationEventId(long registrationEventId) {
		model.setRegistrationEventId(registrationEventId);
	}

	/**
	 * Sets the registration ID of this registration event.
	 *
	 * @param registrationId the registration ID of this registration event
	 */
	@Override
	public void setRegistrationId(long registrationId) {
		model.setRegistrationId(registrationId);
	}

	/**
	 * Sets the to status of this registration event.
	 *
	 * @param toStatus the to status of this registration event
	 */
	@Override
	public void setToStatus(int toStatus) {
		model.setToStatus(toStatus);
	}

	/**
	 * Sets the type of this registration event.
	 *
	 * @param type the type of this registration event
	 */
	@Override
	public void setType(String type) {
		model.setType(type);
	}

	/**
	 * Sets the user ID of this registration event.
	 *
	 * @param userId the user ID of this registration event
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this registration event.
	 *
	 * @param userName the user name of this registration event
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this registration event.
	 *
	 * @param userUuid the user uuid of this registration event
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
	protected RegistrationEventWrapper wrap(
		RegistrationEvent registrationEvent) {

		return new RegistrationEventWrapper(registrationEvent);
	}

}