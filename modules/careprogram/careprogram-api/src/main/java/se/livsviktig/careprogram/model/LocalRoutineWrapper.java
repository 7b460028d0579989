/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link LocalRoutine}.
 * </p>
 *
 * @author Livsviktig
 * @see LocalRoutine
 * @generated
 */
public class LocalRoutineWrapper
	extends BaseModelWrapper<LocalRoutine>
	implements LocalRoutine, ModelWrapper<LocalRoutine> {

	public LocalRoutineWrapper(LocalRoutine localRoutine) {
		super(localRoutine);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("localRoutineId", getLocalRoutineId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("articleResourcePrimKey", getArticleResourcePrimKey());
		attributes.put("ownerUserId", getOwnerUserId());
		attributes.put("reviewIntervalMonths", getReviewIntervalMonths());
		attributes.put("lastReviewDate", getLastReviewDate());
		attributes.put("lastReviewUserId", getLastReviewUserId());
		attributes.put("nextReviewDate", getNextReviewDate());
		attributes.put("ownerlessSince", getOwnerlessSince());

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

		Long localRoutineId = (Long)attributes.get("localRoutineId");

		if (localRoutineId != null) {
			setLocalRoutineId(localRoutineId);
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

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Long articleResourcePrimKey = (Long)attributes.get(
			"articleResourcePrimKey");

		if (articleResourcePrimKey != null) {
			setArticleResourcePrimKey(articleResourcePrimKey);
		}

		Long ownerUserId = (Long)attributes.get("ownerUserId");

		if (ownerUserId != null) {
			setOwnerUserId(ownerUserId);
		}

		Integer reviewIntervalMonths = (Integer)attributes.get(
			"reviewIntervalMonths");

		if (reviewIntervalMonths != null) {
			setReviewIntervalMonths(reviewIntervalMonths);
		}

		Date lastReviewDate = (Date)attributes.get("lastReviewDate");

		if (lastReviewDate != null) {
			setLastReviewDate(lastReviewDate);
		}

		Long lastReviewUserId = (Long)attributes.get("lastReviewUserId");

		if (lastReviewUserId != null) {
			setLastReviewUserId(lastReviewUserId);
		}

		Date nextReviewDate = (Date)attributes.get("nextReviewDate");

		if (nextReviewDate != null) {
			setNextReviewDate(nextReviewDate);
		}

		Date ownerlessSince = (Date)attributes.get("ownerlessSince");

		if (ownerlessSince != null) {
			setOwnerlessSince(ownerlessSince);
		}
	}

	@Override
	public LocalRoutine cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the article resource prim key of this local routine.
	 *
	 * @return the article resource prim key of this local routine
	 */
	@Override
	public long getArticleResourcePrimKey() {
		return model.getArticleResourcePrimKey();
	}

	/**
	 * Returns the care program ID of this local routine.
	 *
	 * @return the care program ID of this local routine
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the company ID of this local routine.
	 *
	 * @return the company ID of this local routine
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this local routine.
	 *
	 * @return the create date of this local routine
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this local routine.
	 *
	 * @return the group ID of this local routine
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the last review date of this local routine.
	 *
	 * @return the last review date of this local routine
	 */
	@Override
	public Date getLastReviewDate() {
		return model.getLastReviewDate();
	}

	/**
	 * Returns the last review user ID of this local routine.
	 *
	 * @return the last review user ID of this local routine
	 */
	@Override
	public long getLastReviewUserId() {
		return model.getLastReviewUserId();
	}

	/**
	 * Returns the last review user uuid of this local routine.
	 *
	 * @return the last review user uuid of this local routine
	 */
	@Override
	public String getLastReviewUserUuid() {
		return model.getLastReviewUserUuid();
	}

	/**
	 * Returns the local routine ID of this local routine.
	 *
	 * @return the local routine ID of this local routine
	 */
	@Override
	public long getLocalRoutineId() {
		return model.getLocalRoutineId();
	}

	/**
	 * Returns the modified date of this local routine.
	 *
	 * @return the modified date of this local routine
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this local routine.
	 *
	 * @return the mvcc version of this local routine
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the next review date of this local routine.
	 *
	 * @return the next review date of this local routine
	 */
	@Override
	public Date getNextReviewDate() {
		return model.getNextReviewDate();
	}

	/**
	 * Returns the organization ID of this local routine.
	 *
	 * @return the organization ID of this local routine
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the ownerless since of this local routine.
	 *
	 * @return the ownerless since of this local routine
	 */
	@Override
	public Date getOwnerlessSince() {
		return model.getOwnerlessSince();
	}

	/**
	 * Returns the owner user ID of this local routine.
	 *
	 * @return the owner user ID of this local routine
	 */
	@Override
	public long getOwnerUserId() {
		return model.getOwnerUserId();
	}

	/**
	 * Returns the owner user uuid of this local routine.
	 *
	 * @return the owner user uuid of this local routine
	 */
	@Override
	public String getOwnerUserUuid() {
		return model.getOwnerUserUuid();
	}

	/**
	 * Returns the primary key of this local routine.
	 *
	 * @return the primary key of this local routine
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the review interval months of this local routine.
	 *
	 * @return the review interval months of this local routine
	 */
	@Override
	public int getReviewIntervalMonths() {
		return model.getReviewIntervalMonths();
	}

	/**
	 * Returns the user ID of this local routine.
	 *
	 * @return the user ID of this local routine
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this local routine.
	 *
	 * @return the user name of this local routine
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this local routine.
	 *
	 * @return the user uuid of this local routine
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this local routine.
	 *
	 * @return the uuid of this local routine
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
	 * Sets the article resource prim key of this local routine.
	 *
	 * @param articleResourcePrimKey the article resource prim key of this local routine
	 */
	@Override
	public void setArticleResourcePrimKey(long articleResourcePrimKey) {
		model.setArticleResourcePrimKey(articleResourcePrimKey);
	}

	/**
	 * Sets the care program ID of this local routine.
	 *
	 * @param careProgramId the care program ID of this local routine
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the company ID of this local routine.
	 *
	 * @param companyId the company ID of this local routine
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this local routine.
	 *
	 * @param createDate the create date of this local routine
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this local routine.
	 *
	 * @param groupId the group ID of this local routine
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the last review date of this local routine.
	 *
	 * @param lastReviewDate the last review date of this local routine
	 */
	@Override
	public void setLastReviewDate(Date lastReviewDate) {
		model.setLastReviewDate(lastReviewDate);
	}

	/**
	 * Sets the last review user ID of this local routine.
	 *
	 * @param lastReviewUserId the last review user ID of this local routine
	 */
	@Override
	public void setLastReviewUserId(long lastReviewUserId) {
		model.setLastReviewUserId(lastReviewUserId);
	}

	/**
	 * Sets the last review user uuid of this local routine.
	 *
	 * @param lastReviewUserUuid the last review user uuid of this local routine
	 */
	@Override
	public void setLastReviewUserUuid(String lastReviewUserUuid) {
		model.setLastReviewUserUuid(lastReviewUserUuid);
	}

	/**
	 * Sets the local routine ID of this local routine.
	 *
	 * @param localRoutineId the local routine ID of this local routine
	 */
	@Override
	public void setLocalRoutineId(long localRoutineId) {
		model.setLocalRoutineId(localRoutineId);
	}

	/**
	 * Sets the modified date of this local routine.
	 *
	 * @param modifiedDate the modified date of this local routine
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this local routine.
	 *
	 * @param mvccVersion the mvcc version of this local routine
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the next review date of this local routine.
	 *
	 * @param nextReviewDate the next review date of this local routine
	 */
	@Override
	public void setNextReviewDate(Date nextReviewDate) {
		model.setNextReviewDate(nextReviewDate);
	}

	/**
	 * Sets the organization ID of this local routine.
	 *
	 * @param organizationId the organization ID of this local routine
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the ownerless since of this local routine.
	 *
	 * @param ownerlessSince the ownerless since of this local routine
	 */
	@Override
	public void setOwnerlessSince(Date ownerlessSince) {
		model.setOwnerlessSince(ownerlessSince);
	}

	/**
	 * Sets the owner user ID of this local routine.
	 *
	 * @param ownerUserId the owner user ID of this local routine
	 */
	@Override
	public void setOwnerUserId(long ownerUserId) {
		model.setOwnerUserId(ownerUserId);
	}

	/**
	 * Sets the owner user uuid of this local routine.
	 *
	 * @param ownerUserUuid the owner user uuid of this local routine
	 */
	@Override
	public void setOwnerUserUuid(String ownerUserUuid) {
		model.setOwnerUserUuid(ownerUserUuid);
	}

	/**
	 * Sets the primary key of this local routine.
	 *
	 * @param primaryKey the primary key of this local routine
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the review interval months of this local routine.
	 *
	 * @param reviewIntervalMonths the review interval months of this local routine
	 */
	@Override
	public void setReviewIntervalMonths(int reviewIntervalMonths) {
		model.setReviewIntervalMonths(reviewIntervalMonths);
	}

	/**
	 * Sets the user ID of this local routine.
	 *
	 * @param userId the user ID of this local routine
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this local routine.
	 *
	 * @param userName the user name of this local routine
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this local routine.
	 *
	 * @param userUuid the user uuid of this local routine
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this local routine.
	 *
	 * @param uuid the uuid of this local routine
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
	protected LocalRoutineWrapper wrap(LocalRoutine localRoutine) {
		return new LocalRoutineWrapper(localRoutine);
	}

}