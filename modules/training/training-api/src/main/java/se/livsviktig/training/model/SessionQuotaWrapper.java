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
 * This class is a wrapper for {@link SessionQuota}.
 * </p>
 *
 * @author Livsviktig
 * @see SessionQuota
 * @generated
 */
public class SessionQuotaWrapper
	extends BaseModelWrapper<SessionQuota>
	implements ModelWrapper<SessionQuota>, SessionQuota {

	public SessionQuotaWrapper(SessionQuota sessionQuota) {
		super(sessionQuota);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("sessionQuotaId", getSessionQuotaId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("seats", getSeats());
		attributes.put("releaseDate", getReleaseDate());
		attributes.put("released", isReleased());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long sessionQuotaId = (Long)attributes.get("sessionQuotaId");

		if (sessionQuotaId != null) {
			setSessionQuotaId(sessionQuotaId);
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

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Integer seats = (Integer)attributes.get("seats");

		if (seats != null) {
			setSeats(seats);
		}

		Date releaseDate = (Date)attributes.get("releaseDate");

		if (releaseDate != null) {
			setReleaseDate(releaseDate);
		}

		Boolean released = (Boolean)attributes.get("released");

		if (released != null) {
			setReleased(released);
		}
	}

	@Override
	public SessionQuota cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this session quota.
	 *
	 * @return the company ID of this session quota
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this session quota.
	 *
	 * @return the course session ID of this session quota
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the create date of this session quota.
	 *
	 * @return the create date of this session quota
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this session quota.
	 *
	 * @return the group ID of this session quota
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this session quota.
	 *
	 * @return the modified date of this session quota
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this session quota.
	 *
	 * @return the mvcc version of this session quota
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this session quota.
	 *
	 * @return the organization ID of this session quota
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this session quota.
	 *
	 * @return the primary key of this session quota
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the released of this session quota.
	 *
	 * @return the released of this session quota
	 */
	@Override
	public boolean getReleased() {
		return model.getReleased();
	}

	/**
	 * Returns the release date of this session quota.
	 *
	 * @return the release date of this session quota
	 */
	@Override
	public Date getReleaseDate() {
		return model.getReleaseDate();
	}

	/**
	 * Returns the seats of this session quota.
	 *
	 * @return the seats of this session quota
	 */
	@Override
	public int getSeats() {
		return model.getSeats();
	}

	/**
	 * Returns the session quota ID of this session quota.
	 *
	 * @return the session quota ID of this session quota
	 */
	@Override
	public long getSessionQuotaId() {
		return model.getSessionQuotaId();
	}

	/**
	 * Returns <code>true</code> if this session quota is released.
	 *
	 * @return <code>true</code> if this session quota is released; <code>false</code> otherwise
	 */
	@Override
	public boolean isReleased() {
		return model.isReleased();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this session quota.
	 *
	 * @param companyId the company ID of this session quota
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this session quota.
	 *
	 * @param courseSessionId the course session ID of this session quota
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the create date of this session quota.
	 *
	 * @param createDate the create date of this session quota
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this session quota.
	 *
	 * @param groupId the group ID of this session quota
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this session quota.
	 *
	 * @param modifiedDate the modified date of this session quota
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this session quota.
	 *
	 * @param mvccVersion the mvcc version of this session quota
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this session quota.
	 *
	 * @param organizationId the organization ID of this session quota
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this session quota.
	 *
	 * @param primaryKey the primary key of this session quota
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets whether this session quota is released.
	 *
	 * @param released the released of this session quota
	 */
	@Override
	public void setReleased(boolean released) {
		model.setReleased(released);
	}

	/**
	 * Sets the release date of this session quota.
	 *
	 * @param releaseDate the release date of this session quota
	 */
	@Override
	public void setReleaseDate(Date releaseDate) {
		model.setReleaseDate(releaseDate);
	}

	/**
	 * Sets the seats of this session quota.
	 *
	 * @param seats the seats of this session quota
	 */
	@Override
	public void setSeats(int seats) {
		model.setSeats(seats);
	}

	/**
	 * Sets the session quota ID of this session quota.
	 *
	 * @param sessionQuotaId the session quota ID of this session quota
	 */
	@Override
	public void setSessionQuotaId(long sessionQuotaId) {
		model.setSessionQuotaId(sessionQuotaId);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SessionQuotaWrapper wrap(SessionQuota sessionQuota) {
		return new SessionQuotaWrapper(sessionQuota);
	}

}