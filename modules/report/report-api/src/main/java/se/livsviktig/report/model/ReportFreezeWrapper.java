/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link ReportFreeze}.
 * </p>
 *
 * @author Livsviktig
 * @see ReportFreeze
 * @generated
 */
public class ReportFreezeWrapper
	extends BaseModelWrapper<ReportFreeze>
	implements ModelWrapper<ReportFreeze>, ReportFreeze {

	public ReportFreezeWrapper(ReportFreeze reportFreeze) {
		super(reportFreeze);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("reportFreezeId", getReportFreezeId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("periodFrom", getPeriodFrom());
		attributes.put("periodTo", getPeriodTo());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("status", getStatus());
		attributes.put("unfrozenByUserId", getUnfrozenByUserId());
		attributes.put("unfrozenByUserName", getUnfrozenByUserName());
		attributes.put("unfrozenDate", getUnfrozenDate());
		attributes.put("unfreezeReason", getUnfreezeReason());

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

		Long reportFreezeId = (Long)attributes.get("reportFreezeId");

		if (reportFreezeId != null) {
			setReportFreezeId(reportFreezeId);
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

		Date periodFrom = (Date)attributes.get("periodFrom");

		if (periodFrom != null) {
			setPeriodFrom(periodFrom);
		}

		Date periodTo = (Date)attributes.get("periodTo");

		if (periodTo != null) {
			setPeriodTo(periodTo);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Long unfrozenByUserId = (Long)attributes.get("unfrozenByUserId");

		if (unfrozenByUserId != null) {
			setUnfrozenByUserId(unfrozenByUserId);
		}

		String unfrozenByUserName = (String)attributes.get(
			"unfrozenByUserName");

		if (unfrozenByUserName != null) {
			setUnfrozenByUserName(unfrozenByUserName);
		}

		Date unfrozenDate = (Date)attributes.get("unfrozenDate");

		if (unfrozenDate != null) {
			setUnfrozenDate(unfrozenDate);
		}

		String unfreezeReason = (String)attributes.get("unfreezeReason");

		if (unfreezeReason != null) {
			setUnfreezeReason(unfreezeReason);
		}
	}

	@Override
	public ReportFreeze cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this report freeze.
	 *
	 * @return the company ID of this report freeze
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this report freeze.
	 *
	 * @return the create date of this report freeze
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this report freeze.
	 *
	 * @return the group ID of this report freeze
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this report freeze.
	 *
	 * @return the modified date of this report freeze
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this report freeze.
	 *
	 * @return the mvcc version of this report freeze
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this report freeze.
	 *
	 * @return the organization ID of this report freeze
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the period from of this report freeze.
	 *
	 * @return the period from of this report freeze
	 */
	@Override
	public Date getPeriodFrom() {
		return model.getPeriodFrom();
	}

	/**
	 * Returns the period to of this report freeze.
	 *
	 * @return the period to of this report freeze
	 */
	@Override
	public Date getPeriodTo() {
		return model.getPeriodTo();
	}

	/**
	 * Returns the primary key of this report freeze.
	 *
	 * @return the primary key of this report freeze
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the report freeze ID of this report freeze.
	 *
	 * @return the report freeze ID of this report freeze
	 */
	@Override
	public long getReportFreezeId() {
		return model.getReportFreezeId();
	}

	/**
	 * Returns the status of this report freeze.
	 *
	 * @return the status of this report freeze
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the unfreeze reason of this report freeze.
	 *
	 * @return the unfreeze reason of this report freeze
	 */
	@Override
	public String getUnfreezeReason() {
		return model.getUnfreezeReason();
	}

	/**
	 * Returns the unfrozen by user ID of this report freeze.
	 *
	 * @return the unfrozen by user ID of this report freeze
	 */
	@Override
	public long getUnfrozenByUserId() {
		return model.getUnfrozenByUserId();
	}

	/**
	 * Returns the unfrozen by user name of this report freeze.
	 *
	 * @return the unfrozen by user name of this report freeze
	 */
	@Override
	public String getUnfrozenByUserName() {
		return model.getUnfrozenByUserName();
	}

	/**
	 * Returns the unfrozen by user uuid of this report freeze.
	 *
	 * @return the unfrozen by user uuid of this report freeze
	 */
	@Override
	public String getUnfrozenByUserUuid() {
		return model.getUnfrozenByUserUuid();
	}

	/**
	 * Returns the unfrozen date of this report freeze.
	 *
	 * @return the unfrozen date of this report freeze
	 */
	@Override
	public Date getUnfrozenDate() {
		return model.getUnfrozenDate();
	}

	/**
	 * Returns the user ID of this report freeze.
	 *
	 * @return the user ID of this report freeze
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this report freeze.
	 *
	 * @return the user name of this report freeze
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this report freeze.
	 *
	 * @return the user uuid of this report freeze
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this report freeze.
	 *
	 * @return the uuid of this report freeze
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
	 * Sets the company ID of this report freeze.
	 *
	 * @param companyId the company ID of this report freeze
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this report freeze.
	 *
	 * @param createDate the create date of this report freeze
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this report freeze.
	 *
	 * @param groupId the group ID of this report freeze
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this report freeze.
	 *
	 * @param modifiedDate the modified date of this report freeze
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this report freeze.
	 *
	 * @param mvccVersion the mvcc version of this report freeze
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this report freeze.
	 *
	 * @param organizationId the organization ID of this report freeze
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the period from of this report freeze.
	 *
	 * @param periodFrom the period from of this report freeze
	 */
	@Override
	public void setPeriodFrom(Date periodFrom) {
		model.setPeriodFrom(periodFrom);
	}

	/**
	 * Sets the period to of this report freeze.
	 *
	 * @param periodTo the period to of this report freeze
	 */
	@Override
	public void setPeriodTo(Date periodTo) {
		model.setPeriodTo(periodTo);
	}

	/**
	 * Sets the primary key of this report freeze.
	 *
	 * @param primaryKey the primary key of this report freeze
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the report freeze ID of this report freeze.
	 *
	 * @param reportFreezeId the report freeze ID of this report freeze
	 */
	@Override
	public void setReportFreezeId(long reportFreezeId) {
		model.setReportFreezeId(reportFreezeId);
	}

	/**
	 * Sets the status of this report freeze.
	 *
	 * @param status the status of this report freeze
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the unfreeze reason of this report freeze.
	 *
	 * @param unfreezeReason the unfreeze reason of this report freeze
	 */
	@Override
	public void setUnfreezeReason(String unfreezeReason) {
		model.setUnfreezeReason(unfreezeReason);
	}

	/**
	 * Sets the unfrozen by user ID of this report freeze.
	 *
	 * @param unfrozenByUserId the unfrozen by user ID of this report freeze
	 */
	@Override
	public void setUnfrozenByUserId(long unfrozenByUserId) {
		model.setUnfrozenByUserId(unfrozenByUserId);
	}

	/**
	 * Sets the unfrozen by user name of this report freeze.
	 *
	 * @param unfrozenByUserName the unfrozen by user name of this report freeze
	 */
	@Override
	public void setUnfrozenByUserName(String unfrozenByUserName) {
		model.setUnfrozenByUserName(unfrozenByUserName);
	}

	/**
	 * Sets the unfrozen by user uuid of this report freeze.
	 *
	 * @param unfrozenByUserUuid the unfrozen by user uuid of this report freeze
	 */
	@Override
	public void setUnfrozenByUserUuid(String unfrozenByUserUuid) {
		model.setUnfrozenByUserUuid(unfrozenByUserUuid);
	}

	/**
	 * Sets the unfrozen date of this report freeze.
	 *
	 * @param unfrozenDate the unfrozen date of this report freeze
	 */
	@Override
	public void setUnfrozenDate(Date unfrozenDate) {
		model.setUnfrozenDate(unfrozenDate);
	}

	/**
	 * Sets the user ID of this report freeze.
	 *
	 * @param userId the user ID of this report freeze
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this report freeze.
	 *
	 * @param userName the user name of this report freeze
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this report freeze.
	 *
	 * @param userUuid the user uuid of this report freeze
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this report freeze.
	 *
	 * @param uuid the uuid of this report freeze
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
	protected ReportFreezeWrapper wrap(ReportFreeze reportFreeze) {
		return new ReportFreezeWrapper(reportFreeze);
	}

}