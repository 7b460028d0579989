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
 * This class is a wrapper for {@link SessionDate}.
 * </p>
 *
 * @author Livsviktig
 * @see SessionDate
 * @generated
 */
public class SessionDateWrapper
	extends BaseModelWrapper<SessionDate>
	implements ModelWrapper<SessionDate>, SessionDate {

	public SessionDateWrapper(SessionDate sessionDate) {
		super(sessionDate);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("sessionDateId", getSessionDateId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("checkInCode", getCheckInCode());
		attributes.put("checkInOpenDate", getCheckInOpenDate());
		attributes.put("checkInCloseDate", getCheckInCloseDate());

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

		Long sessionDateId = (Long)attributes.get("sessionDateId");

		if (sessionDateId != null) {
			setSessionDateId(sessionDateId);
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

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		String checkInCode = (String)attributes.get("checkInCode");

		if (checkInCode != null) {
			setCheckInCode(checkInCode);
		}

		Date checkInOpenDate = (Date)attributes.get("checkInOpenDate");

		if (checkInOpenDate != null) {
			setCheckInOpenDate(checkInOpenDate);
		}

		Date checkInCloseDate = (Date)attributes.get("checkInCloseDate");

		if (checkInCloseDate != null) {
			setCheckInCloseDate(checkInCloseDate);
		}
	}

	@Override
	public SessionDate cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the check in close date of this session date.
	 *
	 * @return the check in close date of this session date
	 */
	@Override
	public Date getCheckInCloseDate() {
		return model.getCheckInCloseDate();
	}

	/**
	 * Returns the check in code of this session date.
	 *
	 * @return the check in code of this session date
	 */
	@Override
	public String getCheckInCode() {
		return model.getCheckInCode();
	}

	/**
	 * Returns the check in open date of this session date.
	 *
	 * @return the check in open date of this session date
	 */
	@Override
	public Date getCheckInOpenDate() {
		return model.getCheckInOpenDate();
	}

	/**
	 * Returns the company ID of this session date.
	 *
	 * @return the company ID of this session date
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this session date.
	 *
	 * @return the course session ID of this session date
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this session date.
	 *
	 * @return the create date of this session date
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the end date of this session date.
	 *
	 * @return the end date of this session date
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the group ID of this session date.
	 *
	 * @return the group ID of this session date
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this session date.
	 *
	 * @return the modified date of this session date
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this session date.
	 *
	 * @return the mvcc version of this session date
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this session date.
	 *
	 * @return the primary key of this session date
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the session date ID of this session date.
	 *
	 * @return the session date ID of this session date
	 */
	@Override
	public long getSessionDateId() {
		return model.getSessionDateId();
	}

	/**
	 * Returns the start date of this session date.
	 *
	 * @return the start date of this session date
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the user ID of this session date.
	 *
	 * @return the user ID of this session date
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this session date.
	 *
	 * @return the user name of this session date
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this session date.
	 *
	 * @return the user uuid of this session date
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this session date.
	 *
	 * @return the uuid of this session date
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
	 * Sets the check in close date of this session date.
	 *
	 * @param checkInCloseDate the check in close date of this session date
	 */
	@Override
	public void setCheckInCloseDate(Date checkInCloseDate) {
		model.setCheckInCloseDate(checkInCloseDate);
	}

	/**
	 * Sets the check in code of this session date.
	 *
	 * @param checkInCode the check in code of this session date
	 */
	@Override
	public void setCheckInCode(String checkInCode) {
		model.setCheckInCode(checkInCode);
	}

	/**
	 * Sets the check in open date of this session date.
	 *
	 * @param checkInOpenDate the check in open date of this session date
	 */
	@Override
	public void setCheckInOpenDate(Date checkInOpenDate) {
		model.setCheckInOpenDate(checkInOpenDate);
	}

	/**
	 * Sets the company ID of this session date.
	 *
	 * @param companyId the company ID of this session date
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this session date.
	 *
	 * @param courseSessionId the course session ID of this session date
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this session date.
	 *
	 * @param createDate the create date of this session date
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the end date of this session date.
	 *
	 * @param endDate the end date of this session date
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the group ID of this session date.
	 *
	 * @param groupId the group ID of this session date
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this session date.
	 *
	 * @param modifiedDate the modified date of this session date
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this session date.
	 *
	 * @param mvccVersion the mvcc version of this session date
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this session date.
	 *
	 * @param primaryKey the primary key of this session date
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the session date ID of this session date.
	 *
	 * @param sessionDateId the session date ID of this session date
	 */
	@Override
	public void setSessionDateId(long sessionDateId) {
		model.setSessionDateId(sessionDateId);
	}

	/**
	 * Sets the start date of this session date.
	 *
	 * @param startDate the start date of this session date
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the user ID of this session date.
	 *
	 * @param userId the user ID of this session date
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this session date.
	 *
	 * @param userName the user name of this session date
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this session date.
	 *
	 * @param userUuid the user uuid of this session date
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this session date.
	 *
	 * @param uuid the uuid of this session date
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
	protected SessionDateWrapper wrap(SessionDate sessionDate) {
		return new SessionDateWrapper(sessionDate);
	}

}