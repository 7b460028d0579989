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
 * This class is a wrapper for {@link CourseInterest}.
 * </p>
 *
 * @author Livsviktig
 * @see CourseInterest
 * @generated
 */
public class CourseInterestWrapper
	extends BaseModelWrapper<CourseInterest>
	implements CourseInterest, ModelWrapper<CourseInterest> {

	public CourseInterestWrapper(CourseInterest courseInterest) {
		super(courseInterest);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("courseInterestId", getCourseInterestId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseId", getCourseId());
		attributes.put("notifiedDate", getNotifiedDate());
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

		Long courseInterestId = (Long)attributes.get("courseInterestId");

		if (courseInterestId != null) {
			setCourseInterestId(courseInterestId);
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

		Date notifiedDate = (Date)attributes.get("notifiedDate");

		if (notifiedDate != null) {
			setNotifiedDate(notifiedDate);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}
	}

	@Override
	public CourseInterest cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this course interest.
	 *
	 * @return the company ID of this course interest
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course ID of this course interest.
	 *
	 * @return the course ID of this course interest
	 */
	@Override
	public long getCourseId() {
		return model.getCourseId();
	}

	/**
	 * Returns the course interest ID of this course interest.
	 *
	 * @return the course interest ID of this course interest
	 */
	@Override
	public long getCourseInterestId() {
		return model.getCourseInterestId();
	}

	/**
	 * Returns the create date of this course interest.
	 *
	 * @return the create date of this course interest
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this course interest.
	 *
	 * @return the group ID of this course interest
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this course interest.
	 *
	 * @return the modified date of this course interest
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this course interest.
	 *
	 * @return the mvcc version of this course interest
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the notified date of this course interest.
	 *
	 * @return the notified date of this course interest
	 */
	@Override
	public Date getNotifiedDate() {
		return model.getNotifiedDate();
	}

	/**
	 * Returns the primary key of this course interest.
	 *
	 * @return the primary key of this course interest
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the status of this course interest.
	 *
	 * @return the status of this course interest
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the user ID of this course interest.
	 *
	 * @return the user ID of this course interest
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this course interest.
	 *
	 * @return the user name of this course interest
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this course interest.
	 *
	 * @return the user uuid of this course interest
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this course interest.
	 *
	 * @return the uuid of this course interest
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
	 * Sets the company ID of this course interest.
	 *
	 * @param companyId the company ID of this course interest
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course ID of this course interest.
	 *
	 * @param courseId the course ID of this course interest
	 */
	@Override
	public void setCourseId(long courseId) {
		model.setCourseId(courseId);
	}

	/**
	 * Sets the course interest ID of this course interest.
	 *
	 * @param courseInterestId the course interest ID of this course interest
	 */
	@Override
	public void setCourseInterestId(long courseInterestId) {
		model.setCourseInterestId(courseInterestId);
	}

	/**
	 * Sets the create date of this course interest.
	 *
	 * @param createDate the create date of this course interest
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this course interest.
	 *
	 * @param groupId the group ID of this course interest
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this course interest.
	 *
	 * @param modifiedDate the modified date of this course interest
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this course interest.
	 *
	 * @param mvccVersion the mvcc version of this course interest
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the notified date of this course interest.
	 *
	 * @param notifiedDate the notified date of this course interest
	 */
	@Override
	public void setNotifiedDate(Date notifiedDate) {
		model.setNotifiedDate(notifiedDate);
	}

	/**
	 * Sets the primary key of this course interest.
	 *
	 * @param primaryKey the primary key of this course interest
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the status of this course interest.
	 *
	 * @param status the status of this course interest
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the user ID of this course interest.
	 *
	 * @param userId the user ID of this course interest
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this course interest.
	 *
	 * @param userName the user name of this course interest
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this course interest.
	 *
	 * @param userUuid the user uuid of this course interest
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this course interest.
	 *
	 * @param uuid the uuid of this course interest
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
	protected CourseInterestWrapper wrap(CourseInterest courseInterest) {
		return new CourseInterestWrapper(courseInterest);
	}

}