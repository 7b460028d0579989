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
 * This class is a wrapper for {@link NetworkMember}.
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMember
 * @generated
 */
public class NetworkMemberWrapper
	extends BaseModelWrapper<NetworkMember>
	implements ModelWrapper<NetworkMember>, NetworkMember {

	public NetworkMemberWrapper(NetworkMember networkMember) {
		super(networkMember);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("networkMemberId", getNetworkMemberId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("instructorNetworkId", getInstructorNetworkId());
		attributes.put("memberUserId", getMemberUserId());
		attributes.put("role", getRole());

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

		Long networkMemberId = (Long)attributes.get("networkMemberId");

		if (networkMemberId != null) {
			setNetworkMemberId(networkMemberId);
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

		Long instructorNetworkId = (Long)attributes.get("instructorNetworkId");

		if (instructorNetworkId != null) {
			setInstructorNetworkId(instructorNetworkId);
		}

		Long memberUserId = (Long)attributes.get("memberUserId");

		if (memberUserId != null) {
			setMemberUserId(memberUserId);
		}

		Integer role = (Integer)attributes.get("role");

		if (role != null) {
			setRole(role);
		}
	}

	@Override
	public NetworkMember cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this network member.
	 *
	 * @return the company ID of this network member
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this network member.
	 *
	 * @return the create date of this network member
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this network member.
	 *
	 * @return the group ID of this network member
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructor network ID of this network member.
	 *
	 * @return the instructor network ID of this network member
	 */
	@Override
	public long getInstructorNetworkId() {
		return model.getInstructorNetworkId();
	}

	/**
	 * Returns the member user ID of this network member.
	 *
	 * @return the member user ID of this network member
	 */
	@Override
	public long getMemberUserId() {
		return model.getMemberUserId();
	}

	/**
	 * Returns the member user uuid of this network member.
	 *
	 * @return the member user uuid of this network member
	 */
	@Override
	public String getMemberUserUuid() {
		return model.getMemberUserUuid();
	}

	/**
	 * Returns the modified date of this network member.
	 *
	 * @return the modified date of this network member
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this network member.
	 *
	 * @return the mvcc version of this network member
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the network member ID of this network member.
	 *
	 * @return the network member ID of this network member
	 */
	@Override
	public long getNetworkMemberId() {
		return model.getNetworkMemberId();
	}

	/**
	 * Returns the primary key of this network member.
	 *
	 * @return the primary key of this network member
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the role of this network member.
	 *
	 * @return the role of this network member
	 */
	@Override
	public int getRole() {
		return model.getRole();
	}

	/**
	 * Returns the user ID of this network member.
	 *
	 * @return the user ID of this network member
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this network member.
	 *
	 * @return the user name of this network member
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this network member.
	 *
	 * @return the user uuid of this network member
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this network member.
	 *
	 * @return the uuid of this network member
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	@Override
	public boolean isCoordinator() {
		return model.isCoordinator();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this network member.
	 *
	 * @param companyId the company ID of this network member
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this network member.
	 *
	 * @param createDate the create date of this network member
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this network member.
	 *
	 * @param groupId the group ID of this network member
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructor network ID of this network member.
	 *
	 * @param instructorNetworkId the instructor network ID of this network member
	 */
	@Override
	public void setInstructorNetworkId(long instructorNetworkId) {
		model.setInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Sets the member user ID of this network member.
	 *
	 * @param memberUserId the member user ID of this network member
	 */
	@Override
	public void setMemberUserId(long memberUserId) {
		model.setMemberUserId(memberUserId);
	}

	/**
	 * Sets the member user uuid of this network member.
	 *
	 * @param memberUserUuid the member user uuid of this network member
	 */
	@Override
	public void setMemberUserUuid(String memberUserUuid) {
		model.setMemberUserUuid(memberUserUuid);
	}

	/**
	 * Sets the modified date of this network member.
	 *
	 * @param modifiedDate the modified date of this network member
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this network member.
	 *
	 * @param mvccVersion the mvcc version of this network member
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the network member ID of this network member.
	 *
	 * @param networkMemberId the network member ID of this network member
	 */
	@Override
	public void setNetworkMemberId(long networkMemberId) {
		model.setNetworkMemberId(networkMemberId);
	}

	/**
	 * Sets the primary key of this network member.
	 *
	 * @param primaryKey the primary key of this network member
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the role of this network member.
	 *
	 * @param role the role of this network member
	 */
	@Override
	public void setRole(int role) {
		model.setRole(role);
	}

	/**
	 * Sets the user ID of this network member.
	 *
	 * @param userId the user ID of this network member
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this network member.
	 *
	 * @param userName the user name of this network member
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this network member.
	 *
	 * @param userUuid the user uuid of this network member
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this network member.
	 *
	 * @param uuid the uuid of this network member
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
	protected NetworkMemberWrapper wrap(NetworkMember networkMember) {
		return new NetworkMemberWrapper(networkMember);
	}

}