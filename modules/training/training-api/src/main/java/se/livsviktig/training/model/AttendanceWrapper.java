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
 * This class is a wrapper for {@link Attendance}.
 * </p>
 *
 * @author Livsviktig
 * @see Attendance
 * @generated
 */
public class AttendanceWrapper
	extends BaseModelWrapper<Attendance>
	implements Attendance, ModelWrapper<Attendance> {

	public AttendanceWrapper(Attendance attendance) {
		super(attendance);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("attendanceId", getAttendanceId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("sessionDateId", getSessionDateId());
		attributes.put("registrationId", getRegistrationId());
		attributes.put("present", isPresent());
		attributes.put("source", getSource());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long attendanceId = (Long)attributes.get("attendanceId");

		if (attendanceId != null) {
			setAttendanceId(attendanceId);
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

		Long sessionDateId = (Long)attributes.get("sessionDateId");

		if (sessionDateId != null) {
			setSessionDateId(sessionDateId);
		}

		Long registrationId = (Long)attributes.get("registrationId");

		if (registrationId != null) {
			setRegistrationId(registrationId);
		}

		Boolean present = (Boolean)attributes.get("present");

		if (present != null) {
			setPresent(present);
		}

		Integer source = (Integer)attributes.get("source");

		if (source != null) {
			setSource(source);
		}
	}

	@Override
	public Attendance cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the attendance ID of this attendance.
	 *
	 * @return the attendance ID of this attendance
	 */
	@Override
	public long getAttendanceId() {
		return model.getAttendanceId();
	}

	/**
	 * Returns the company ID of this attendance.
	 *
	 * @return the company ID of this attendance
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this attendance.
	 *
	 * @return the course session ID of this attendance
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this attendance.
	 *
	 * @return the create date of this attendance
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this attendance.
	 *
	 * @return the group ID of this attendance
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this attendance.
	 *
	 * @return the modified date of this attendance
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this attendance.
	 *
	 * @return the mvcc version of this attendance
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the present of this attendance.
	 *
	 * @return the present of this attendance
	 */
	@Override
	public boolean getPresent() {
		return model.getPresent();
	}

	/**
	 * Returns the primary key of this attendance.
	 *
	 * @return the primary key of this attendance
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the registration ID of this attendance.
	 *
	 * @return the registration ID of this attendance
	 */
	@Override
	public long getRegistrationId() {
		return model.getRegistrationId();
	}

	/**
	 * Returns the session date ID of this attendance.
	 *
	 * @return the session date ID of this attendance
	 */
	@Override
	public long getSessionDateId() {
		return model.getSessionDateId();
	}

	/**
	 * Returns the source of this attendance.
	 *
	 * @return the source of this attendance
	 */
	@Override
	public int getSource() {
		return model.getSource();
	}

	/**
	 * Returns the user ID of this attendance.
	 *
	 * @return the user ID of this attendance
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this attendance.
	 *
	 * @return the user name of this attendance
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this attendance.
	 *
	 * @return the user uuid of this attendance
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns <code>true</code> if this attendance is present.
	 *
	 * @return <code>true</code> if this attendance is present; <code>false</code> otherwise
	 */
	@Override
	public boolean isPresent() {
		return model.isPresent();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the attendance ID of this attendance.
	 *
	 * @param attendanceId the attendance ID of this attendance
	 */
	@Override
	public void setAttendanceId(long attendanceId) {
		model.setAttendanceId(attendanceId);
	}

	/**
	 * Sets the company ID of this attendance.
	 *
	 * @param companyId the company ID of this attendance
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this attendance.
	 *
	 * @param courseSessionId the course session ID of this attendance
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this attendance.
	 *
	 * @param createDate the create date of this attendance
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this attendance.
	 *
	 * @param groupId the group ID of this attendance
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this attendance.
	 *
	 * @param modifiedDate the modified date of this attendance
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this attendance.
	 *
	 * @param mvccVersion the mvcc version of this attendance
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets whether this attendance is present.
	 *
	 * @param present the present of this attendance
	 */
	@Override
	public void setPresent(boolean present) {
		model.setPresent(present);
	}

	/**
	 * Sets the primary key of this attendance.
	 *
	 * @param primaryKey the primary key of this attendance
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the registration ID of this attendance.
	 *
	 * @param registrationId the registration ID of this attendance
	 */
	@Override
	public void setRegistrationId(long registrationId) {
		model.setRegistrationId(registrationId);
	}

	/**
	 * Sets the session date ID of this attendance.
	 *
	 * @param sessionDateId the session date ID of this attendance
	 */
	@Override
	public void setSessionDateId(long sessionDateId) {
		model.setSessionDateId(sessionDateId);
	}

	/**
	 * Sets the source of this attendance.
	 *
	 * @param source the source of this attendance
	 */
	@Override
	public void setSource(int source) {
		model.setSource(source);
	}

	/**
	 * Sets the user ID of this attendance.
	 *
	 * @param userId the user ID of this attendance
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this attendance.
	 *
	 * @param userName the user name of this attendance
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this attendance.
	 *
	 * @param userUuid the user uuid of this attendance
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
	protected AttendanceWrapper wrap(Attendance attendance) {
		return new AttendanceWrapper(attendance);
	}

}