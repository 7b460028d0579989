/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link InstructorNetwork}.
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNetwork
 * @generated
 */
public class InstructorNetworkWrapper
	extends BaseModelWrapper<InstructorNetwork>
	implements InstructorNetwork, ModelWrapper<InstructorNetwork> {

	public InstructorNetworkWrapper(InstructorNetwork instructorNetwork) {
		super(instructorNetwork);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("instructorNetworkId", getInstructorNetworkId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("name", getName());
		attributes.put("description", getDescription());
		attributes.put("trainingMethodIds", getTrainingMethodIds());

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

		Long instructorNetworkId = (Long)attributes.get("instructorNetworkId");

		if (instructorNetworkId != null) {
			setInstructorNetworkId(instructorNetworkId);
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

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		String description = (String)attributes.get("description");

		if (description != null) {
			setDescription(description);
		}

		String trainingMethodIds = (String)attributes.get("trainingMethodIds");

		if (trainingMethodIds != null) {
			setTrainingMethodIds(trainingMethodIds);
		}
	}

	@Override
	public InstructorNetwork cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this instructor network.
	 *
	 * @return the company ID of this instructor network
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this instructor network.
	 *
	 * @return the create date of this instructor network
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the description of this instructor network.
	 *
	 * @return the description of this instructor network
	 */
	@Override
	public String getDescription() {
		return model.getDescription();
	}

	/**
	 * Returns the group ID of this instructor network.
	 *
	 * @return the group ID of this instructor network
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructor network ID of this instructor network.
	 *
	 * @return the instructor network ID of this instructor network
	 */
	@Override
	public long getInstructorNetworkId() {
		return model.getInstructorNetworkId();
	}

	/**
	 * Returns the modified date of this instructor network.
	 *
	 * @return the modified date of this instructor network
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this instructor network.
	 *
	 * @return the mvcc version of this instructor network
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this instructor network.
	 *
	 * @return the name of this instructor network
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this instructor network.
	 *
	 * @return the primary key of this instructor network
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the training method IDs of this instructor network.
	 *
	 * @return the training method IDs of this instructor network
	 */
	@Override
	public String getTrainingMethodIds() {
		return model.getTrainingMethodIds();
	}

	/**
	 * @return the training methods the network covers
	 */
	@Override
	public long[] getTrainingMethodIdsArray() {
		return model.getTrainingMethodIdsArray();
	}

	/**
	 * Returns the user ID of this instructor network.
	 *
	 * @return the user ID of this instructor network
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this instructor network.
	 *
	 * @return the user name of this instructor network
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this instructor network.
	 *
	 * @return the user uuid of this instructor network
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this instructor network.
	 *
	 * @return the uuid of this instructor network
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
	 * Sets the company ID of this instructor network.
	 *
	 * @param companyId the company ID of this instructor network
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this instructor network.
	 *
	 * @param createDate the create date of this instructor network
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the description of this instructor network.
	 *
	 * @param description the description of this instructor network
	 */
	@Override
	public void setDescription(String description) {
		model.setDescription(description);
	}

	/**
	 * Sets the group ID of this instructor network.
	 *
	 * @param groupId the group ID of this instructor network
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructor network ID of this instructor network.
	 *
	 * @param instructorNetworkId the instructor network ID of this instructor network
	 */
	@Override
	public void setInstructorNetworkId(long instructorNetworkId) {
		model.setInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Sets the modified date of this instructor network.
	 *
	 * @param modifiedDate the modified date of this instructor network
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this instructor network.
	 *
	 * @param mvccVersion the mvcc version of this instructor network
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this instructor network.
	 *
	 * @param name the name of this instructor network
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this instructor network.
	 *
	 * @param primaryKey the primary key of this instructor network
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the training method IDs of this instructor network.
	 *
	 * @param trainingMethodIds the training method IDs of this instructor network
	 */
	@Override
	public void setTrainingMethodIds(String trainingMethodIds) {
		model.setTrainingMethodIds(trainingMethodIds);
	}

	/**
	 * Sets the user ID of this instructor network.
	 *
	 * @param userId the user ID of this instructor network
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this instructor network.
	 *
	 * @param userName the user name of this instructor network
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this instructor network.
	 *
	 * @param userUuid the user uuid of this instructor network
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this instructor network.
	 *
	 * @param uuid the uuid of this instructor network
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
	protected InstructorNetworkWrapper wrap(
		InstructorNetwork instructorNetwork) {

		return new InstructorNetworkWrapper(instructorNetwork);
	}

}