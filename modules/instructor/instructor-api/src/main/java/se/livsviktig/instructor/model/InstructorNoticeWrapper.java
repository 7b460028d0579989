/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link InstructorNotice}.
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNotice
 * @generated
 */
public class InstructorNoticeWrapper
	extends BaseModelWrapper<InstructorNotice>
	implements InstructorNotice, ModelWrapper<InstructorNotice> {

	public InstructorNoticeWrapper(InstructorNotice instructorNotice) {
		super(instructorNotice);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("instructorNoticeId", getInstructorNoticeId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("certificationId", getCertificationId());
		attributes.put("noticeKind", getNoticeKind());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long instructorNoticeId = (Long)attributes.get("instructorNoticeId");

		if (instructorNoticeId != null) {
			setInstructorNoticeId(instructorNoticeId);
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

		Long certificationId = (Long)attributes.get("certificationId");

		if (certificationId != null) {
			setCertificationId(certificationId);
		}

		String noticeKind = (String)attributes.get("noticeKind");

		if (noticeKind != null) {
			setNoticeKind(noticeKind);
		}
	}

	@Override
	public InstructorNotice cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the certification ID of this instructor notice.
	 *
	 * @return the certification ID of this instructor notice
	 */
	@Override
	public long getCertificationId() {
		return model.getCertificationId();
	}

	/**
	 * Returns the company ID of this instructor notice.
	 *
	 * @return the company ID of this instructor notice
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this instructor notice.
	 *
	 * @return the create date of this instructor notice
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this instructor notice.
	 *
	 * @return the group ID of this instructor notice
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructor notice ID of this instructor notice.
	 *
	 * @return the instructor notice ID of this instructor notice
	 */
	@Override
	public long getInstructorNoticeId() {
		return model.getInstructorNoticeId();
	}

	/**
	 * Returns the mvcc version of this instructor notice.
	 *
	 * @return the mvcc version of this instructor notice
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the notice kind of this instructor notice.
	 *
	 * @return the notice kind of this instructor notice
	 */
	@Override
	public String getNoticeKind() {
		return model.getNoticeKind();
	}

	/**
	 * Returns the primary key of this instructor notice.
	 *
	 * @return the primary key of this instructor notice
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this instructor notice.
	 *
	 * @return the user ID of this instructor notice
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this instructor notice.
	 *
	 * @return the user uuid of this instructor notice
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
	 * Sets the certification ID of this instructor notice.
	 *
	 * @param certificationId the certification ID of this instructor notice
	 */
	@Override
	public void setCertificationId(long certificationId) {
		model.setCertificationId(certificationId);
	}

	/**
	 * Sets the company ID of this instructor notice.
	 *
	 * @param companyId the company ID of this instructor notice
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this instructor notice.
	 *
	 * @param createDate the create date of this instructor notice
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this instructor notice.
	 *
	 * @param groupId the group ID of this instructor notice
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructor notice ID of this instructor notice.
	 *
	 * @param instructorNoticeId the instructor notice ID of this instructor notice
	 */
	@Override
	public void setInstructorNoticeId(long instructorNoticeId) {
		model.setInstructorNoticeId(instructorNoticeId);
	}

	/**
	 * Sets the mvcc version of this instructor notice.
	 *
	 * @param mvccVersion the mvcc version of this instructor notice
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the notice kind of this instructor notice.
	 *
	 * @param noticeKind the notice kind of this instructor notice
	 */
	@Override
	public void setNoticeKind(String noticeKind) {
		model.setNoticeKind(noticeKind);
	}

	/**
	 * Sets the primary key of this instructor notice.
	 *
	 * @param primaryKey the primary key of this instructor notice
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this instructor notice.
	 *
	 * @param userId the user ID of this instructor notice
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this instructor notice.
	 *
	 * @param userUuid the user uuid of this instructor notice
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
	protected InstructorNoticeWrapper wrap(InstructorNotice instructorNotice) {
		return new InstructorNoticeWrapper(instructorNotice);
	}

}