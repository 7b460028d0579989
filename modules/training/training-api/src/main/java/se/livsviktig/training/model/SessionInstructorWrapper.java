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
 * This class is a wrapper for {@link SessionInstructor}.
 * </p>
 *
 * @author Livsviktig
 * @see SessionInstructor
 * @generated
 */
public class SessionInstructorWrapper
	extends BaseModelWrapper<SessionInstructor>
	implements ModelWrapper<SessionInstructor>, SessionInstructor {

	public SessionInstructorWrapper(SessionInstructor sessionInstructor) {
		super(sessionInstructor);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("sessionInstructorId", getSessionInstructorId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("instructorUserId", getInstructorUserId());
		attributes.put("message", getMessage());
		attributes.put("responseDate", getResponseDate());
		attributes.put("status", getStatus());

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

		Long sessionInstructorId = (Long)attributes.get("sessionInstructorId");

		if (sessionInstructorId != null) {
			setSessionInstructorId(sessionInstructorId);
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

		Long instructorUserId = (Long)attributes.get("instructorUserId");

		if (instructorUserId != null) {
			setInstructorUserId(instructorUserId);
		}

		String message = (String)attributes.get("message");

		if (message != null) {
			setMessage(message);
		}

		Date responseDate = (Date)attributes.get("responseDate");

		if (responseDate != null) {
			setResponseDate(responseDate);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}
	}

	@Override
	public SessionInstructor cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this session instructor.
	 *
	 * @return the company ID of this session instructor
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this session instructor.
	 *
	 * @return the course session ID of this session instructor
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this session instructor.
	 *
	 * @return the create date of this session instructor
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this session instructor.
	 *
	 * @return the group ID of this session instructor
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructor user ID of this session instructor.
	 *
	 * @return the instructor user ID of this session instructor
	 */
	@Override
	public long getInstructorUserId() {
		return model.getInstructorUserId();
	}

	/**
	 * Returns the instructor user uuid of this session instructor.
	 *
	 * @return the instructor user uuid of this session instructor
	 */
	@Override
	public String getInstructorUserUuid() {
		return model.getInstructorUserUuid();
	}

	/**
	 * Returns the message of this session instructor.
	 *
	 * @return the message of this session instructor
	 */
	@Override
	public String getMessage() {
		return model.getMessage();
	}

	/**
	 * Returns the modified date of this session instructor.
	 *
	 * @return the modified date of this session instructor
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this session instructor.
	 *
	 * @return the mvcc version of this session instructor
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this session instructor.
	 *
	 * @return the primary key of this session instructor
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the response date of this session instructor.
	 *
	 * @return the response date of this session instructor
	 */
	@Override
	public Date getResponseDate() {
		return model.getResponseDate();
	}

	/**
	 * Returns the session instructor ID of this session instructor.
	 *
	 * @return the session instructor ID of this session instructor
	 */
	@Override
	public long getSessionInstructorId() {
		return model.getSessionInstructorId();
	}

	/**
	 * Returns the status of this session instructor.
	 *
	 * @return the status of this session instructor
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the user ID of this session instructor.
	 *
	 * @return the user ID of this session instructor
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this session instructor.
	 *
	 * @return the user name of this session instructor
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this session instructor.
	 *
	 * @return the user uuid of this session instructor
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this session instructor.
	 *
	 * @return the uuid of this session instructor
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
	 * Sets the company ID of this session instructor.
	 *
	 * @param companyId the company ID of this session instructor
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this session instructor.
	 *
	 * @param courseSessionId the course session ID of this session instructor
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this session instructor.
	 *
	 * @param createDate the create date of this session instructor
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this session instructor.
	 *
	 * @param groupId the group ID of this session instructor
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructor user ID of this session instructor.
	 *
	 * @param instructorUserId the instructor user ID of this session instructor
	 */
	@Override
	public void setInstructorUserId(long instructorUserId) {
		model.setInstructorUserId(instructorUserId);
	}

	/**
	 * Sets the instructor user uuid of this session instructor.
	 *
	 * @param instructorUserUuid the instructor user uuid of this session instructor
	 */
	@Override
	public void setInstructorUserUuid(String instructorUserUuid) {
		model.setInstructorUserUuid(instructorUserUuid);
	}

	/**
	 * Sets the message of this session instructor.
	 *
	 * @param message the message of this session instructor
	 */
	@Override
	public void setMessage(String message) {
		model.setMessage(message);
	}

	/**
	 * Sets the modified date of this session instructor.
	 *
	 * @param modifiedDate the modified date of this session instructor
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this session instructor.
	 *
	 * @param mvccVersion the mvcc version of this session instructor
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this session instructor.
	 *
	 * @param primaryKey the primary key of this session instructor
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the response date of this session instructor.
	 *
	 * @param responseDate the response date of this session instructor
	 */
	@Override
	public void setResponseDate(Date responseDate) {
		model.setResponseDate(responseDate);
	}

	/**
	 * Sets the session instructor ID of this session instructor.
	 *
	 * @param sessionInstructorId the session instructor ID of this session instructor
	 */
	@Override
	public void setSessionInstructorId(long sessionInstructorId) {
		model.setSessionInstructorId(sessionInstructorId);
	}

	/**
	 * Sets the status of this session instructor.
	 *
	 * @param status the status of this session instructor
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the user ID of this session instructor.
	 *
	 * @param userId the user ID of this session instructor
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this session instructor.
	 *
	 * @param userName the user name of this session instructor
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this session instructor.
	 *
	 * @param userUuid the user uuid of this session instructor
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this session instructor.
	 *
	 * @param uuid the uuid of this session instructor
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
	protected SessionInstructorWrapper wrap(
		SessionInstructor sessionInstructor) {

		return new SessionInstructorWrapper(sessionInstructor);
	}

}