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
 * This class is a wrapper for {@link SessionAudience}.
 * </p>
 *
 * @author Livsviktig
 * @see SessionAudience
 * @generated
 */
public class SessionAudienceWrapper
	extends BaseModelWrapper<SessionAudience>
	implements ModelWrapper<SessionAudience>, SessionAudience {

	public SessionAudienceWrapper(SessionAudience sessionAudience) {
		super(sessionAudience);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("sessionAudienceId", getSessionAudienceId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("organizationId", getOrganizationId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long sessionAudienceId = (Long)attributes.get("sessionAudienceId");

		if (sessionAudienceId != null) {
			setSessionAudienceId(sessionAudienceId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}
	}

	@Override
	public SessionAudience cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this session audience.
	 *
	 * @return the company ID of this session audience
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this session audience.
	 *
	 * @return the course session ID of this session audience
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this session audience.
	 *
	 * @return the create date of this session audience
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this session audience.
	 *
	 * @return the group ID of this session audience
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this session audience.
	 *
	 * @return the mvcc version of this session audience
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this session audience.
	 *
	 * @return the organization ID of this session audience
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this session audience.
	 *
	 * @return the primary key of this session audience
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the session audience ID of this session audience.
	 *
	 * @return the session audience ID of this session audience
	 */
	@Override
	public long getSessionAudienceId() {
		return model.getSessionAudienceId();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this session audience.
	 *
	 * @param companyId the company ID of this session audience
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this session audience.
	 *
	 * @param courseSessionId the course session ID of this session audience
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this session audience.
	 *
	 * @param createDate the create date of this session audience
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this session audience.
	 *
	 * @param groupId the group ID of this session audience
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this session audience.
	 *
	 * @param mvccVersion the mvcc version of this session audience
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this session audience.
	 *
	 * @param organizationId the organization ID of this session audience
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this session audience.
	 *
	 * @param primaryKey the primary key of this session audience
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the session audience ID of this session audience.
	 *
	 * @param sessionAudienceId the session audience ID of this session audience
	 */
	@Override
	public void setSessionAudienceId(long sessionAudienceId) {
		model.setSessionAudienceId(sessionAudienceId);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SessionAudienceWrapper wrap(SessionAudience sessionAudience) {
		return new SessionAudienceWrapper(sessionAudience);
	}

}