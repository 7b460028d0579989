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
 * This class is a wrapper for {@link TrainingNotice}.
 * </p>
 *
 * @author Livsviktig
 * @see TrainingNotice
 * @generated
 */
public class TrainingNoticeWrapper
	extends BaseModelWrapper<TrainingNotice>
	implements ModelWrapper<TrainingNotice>, TrainingNotice {

	public TrainingNoticeWrapper(TrainingNotice trainingNotice) {
		super(trainingNotice);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("trainingNoticeId", getTrainingNoticeId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("noticeKey", getNoticeKey());
		attributes.put("noticeType", getNoticeType());
		attributes.put("registrationId", getRegistrationId());
		attributes.put("courseSessionId", getCourseSessionId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long trainingNoticeId = (Long)attributes.get("trainingNoticeId");

		if (trainingNoticeId != null) {
			setTrainingNoticeId(trainingNoticeId);
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

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		String noticeKey = (String)attributes.get("noticeKey");

		if (noticeKey != null) {
			setNoticeKey(noticeKey);
		}

		String noticeType = (String)attributes.get("noticeType");

		if (noticeType != null) {
			setNoticeType(noticeType);
		}

		Long registrationId = (Long)attributes.get("registrationId");

		if (registrationId != null) {
			setRegistrationId(registrationId);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}
	}

	@Override
	public TrainingNotice cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this training notice.
	 *
	 * @return the company ID of this training notice
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this training notice.
	 *
	 * @return the course session ID of this training notice
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this training notice.
	 *
	 * @return the create date of this training notice
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this training notice.
	 *
	 * @return the group ID of this training notice
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this training notice.
	 *
	 * @return the mvcc version of this training notice
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the notice key of this training notice.
	 *
	 * @return the notice key of this training notice
	 */
	@Override
	public String getNoticeKey() {
		return model.getNoticeKey();
	}

	/**
	 * Returns the notice type of this training notice.
	 *
	 * @return the notice type of this training notice
	 */
	@Override
	public String getNoticeType() {
		return model.getNoticeType();
	}

	/**
	 * Returns the primary key of this training notice.
	 *
	 * @return the primary key of this training notice
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the registration ID of this training notice.
	 *
	 * @return the registration ID of this training notice
	 */
	@Override
	public long getRegistrationId() {
		return model.getRegistrationId();
	}

	/**
	 * Returns the training notice ID of this training notice.
	 *
	 * @return the training notice ID of this training notice
	 */
	@Override
	public long getTrainingNoticeId() {
		return model.getTrainingNoticeId();
	}

	/**
	 * Returns the user ID of this training notice.
	 *
	 * @return the user ID of this training notice
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this training notice.
	 *
	 * @return the user uuid of this training notice
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
	 * Sets the company ID of this training notice.
	 *
	 * @param companyId the company ID of this training notice
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this training notice.
	 *
	 * @param courseSessionId the course session ID of this training notice
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this training notice.
	 *
	 * @param createDate the create date of this training notice
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this training notice.
	 *
	 * @param groupId the group ID of this training notice
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this training notice.
	 *
	 * @param mvccVersion the mvcc version of this training notice
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the notice key of this training notice.
	 *
	 * @param noticeKey the notice key of this training notice
	 */
	@Override
	public void setNoticeKey(String noticeKey) {
		model.setNoticeKey(noticeKey);
	}

	/**
	 * Sets the notice type of this training notice.
	 *
	 * @param noticeType the notice type of this training notice
	 */
	@Override
	public void setNoticeType(String noticeType) {
		model.setNoticeType(noticeType);
	}

	/**
	 * Sets the primary key of this training notice.
	 *
	 * @param primaryKey the primary key of this training notice
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the registration ID of this training notice.
	 *
	 * @param registrationId the registration ID of this training notice
	 */
	@Override
	public void setRegistrationId(long registrationId) {
		model.setRegistrationId(registrationId);
	}

	/**
	 * Sets the training notice ID of this training notice.
	 *
	 * @param trainingNoticeId the training notice ID of this training notice
	 */
	@Override
	public void setTrainingNoticeId(long trainingNoticeId) {
		model.setTrainingNoticeId(trainingNoticeId);
	}

	/**
	 * Sets the user ID of this training notice.
	 *
	 * @param userId the user ID of this training notice
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this training notice.
	 *
	 * @param userUuid the user uuid of this training notice
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
	protected TrainingNoticeWrapper wrap(TrainingNotice trainingNotice) {
		return new TrainingNoticeWrapper(trainingNotice);
	}

}