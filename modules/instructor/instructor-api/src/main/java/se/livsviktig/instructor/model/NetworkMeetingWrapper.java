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
 * This class is a wrapper for {@link NetworkMeeting}.
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMeeting
 * @generated
 */
public class NetworkMeetingWrapper
	extends BaseModelWrapper<NetworkMeeting>
	implements ModelWrapper<NetworkMeeting>, NetworkMeeting {

	public NetworkMeetingWrapper(NetworkMeeting networkMeeting) {
		super(networkMeeting);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("networkMeetingId", getNetworkMeetingId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("instructorNetworkId", getInstructorNetworkId());
		attributes.put("title", getTitle());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("place", getPlace());
		attributes.put("onlineLink", getOnlineLink());
		attributes.put("agenda", getAgenda());
		attributes.put("notes", getNotes());
		attributes.put("sequence", getSequence());
		attributes.put("status", getStatus());

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

		Long networkMeetingId = (Long)attributes.get("networkMeetingId");

		if (networkMeetingId != null) {
			setNetworkMeetingId(networkMeetingId);
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

		String title = (String)attributes.get("title");

		if (title != null) {
			setTitle(title);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		String place = (String)attributes.get("place");

		if (place != null) {
			setPlace(place);
		}

		String onlineLink = (String)attributes.get("onlineLink");

		if (onlineLink != null) {
			setOnlineLink(onlineLink);
		}

		String agenda = (String)attributes.get("agenda");

		if (agenda != null) {
			setAgenda(agenda);
		}

		String notes = (String)attributes.get("notes");

		if (notes != null) {
			setNotes(notes);
		}

		Integer sequence = (Integer)attributes.get("sequence");

		if (sequence != null) {
			setSequence(sequence);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}
	}

	@Override
	public NetworkMeeting cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agenda of this network meeting.
	 *
	 * @return the agenda of this network meeting
	 */
	@Override
	public String getAgenda() {
		return model.getAgenda();
	}

	/**
	 * Returns the company ID of this network meeting.
	 *
	 * @return the company ID of this network meeting
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this network meeting.
	 *
	 * @return the create date of this network meeting
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the end date of this network meeting.
	 *
	 * @return the end date of this network meeting
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the group ID of this network meeting.
	 *
	 * @return the group ID of this network meeting
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructor network ID of this network meeting.
	 *
	 * @return the instructor network ID of this network meeting
	 */
	@Override
	public long getInstructorNetworkId() {
		return model.getInstructorNetworkId();
	}

	/**
	 * Returns the modified date of this network meeting.
	 *
	 * @return the modified date of this network meeting
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this network meeting.
	 *
	 * @return the mvcc version of this network meeting
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the network meeting ID of this network meeting.
	 *
	 * @return the network meeting ID of this network meeting
	 */
	@Override
	public long getNetworkMeetingId() {
		return model.getNetworkMeetingId();
	}

	/**
	 * Returns the notes of this network meeting.
	 *
	 * @return the notes of this network meeting
	 */
	@Override
	public String getNotes() {
		return model.getNotes();
	}

	/**
	 * Returns the online link of this network meeting.
	 *
	 * @return the online link of this network meeting
	 */
	@Override
	public String getOnlineLink() {
		return model.getOnlineLink();
	}

	/**
	 * Returns the place of this network meeting.
	 *
	 * @return the place of this network meeting
	 */
	@Override
	public String getPlace() {
		return model.getPlace();
	}

	/**
	 * Returns the primary key of this network meeting.
	 *
	 * @return the primary key of this network meeting
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the sequence of this network meeting.
	 *
	 * @return the sequence of this network meeting
	 */
	@Override
	public int getSequence() {
		return model.getSequence();
	}

	/**
	 * Returns the start date of this network meeting.
	 *
	 * @return the start date of this network meeting
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the status of this network meeting.
	 *
	 * @return the status of this network meeting
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the title of this network meeting.
	 *
	 * @return the title of this network meeting
	 */
	@Override
	public String getTitle() {
		return model.getTitle();
	}

	/**
	 * Returns the user ID of this network meeting.
	 *
	 * @return the user ID of this network meeting
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this network meeting.
	 *
	 * @return the user name of this network meeting
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this network meeting.
	 *
	 * @return the user uuid of this network meeting
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this network meeting.
	 *
	 * @return the uuid of this network meeting
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	@Override
	public boolean isCancelled() {
		return model.isCancelled();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the agenda of this network meeting.
	 *
	 * @param agenda the agenda of this network meeting
	 */
	@Override
	public void setAgenda(String agenda) {
		model.setAgenda(agenda);
	}

	/**
	 * Sets the company ID of this network meeting.
	 *
	 * @param companyId the company ID of this network meeting
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this network meeting.
	 *
	 * @param createDate the create date of this network meeting
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the end date of this network meeting.
	 *
	 * @param endDate the end date of this network meeting
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the group ID of this network meeting.
	 *
	 * @param groupId the group ID of this network meeting
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructor network ID of this network meeting.
	 *
	 * @param instructorNetworkId the instructor network ID of this network meeting
	 */
	@Override
	public void setInstructorNetworkId(long instructorNetworkId) {
		model.setInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Sets the modified date of this network meeting.
	 *
	 * @param modifiedDate the modified date of this network meeting
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this network meeting.
	 *
	 * @param mvccVersion the mvcc version of this network meeting
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the network meeting ID of this network meeting.
	 *
	 * @param networkMeetingId the network meeting ID of this network meeting
	 */
	@Override
	public void setNetworkMeetingId(long networkMeetingId) {
		model.setNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Sets the notes of this network meeting.
	 *
	 * @param notes the notes of this network meeting
	 */
	@Override
	public void setNotes(String notes) {
		model.setNotes(notes);
	}

	/**
	 * Sets the online link of this network meeting.
	 *
	 * @param onlineLink the online link of this network meeting
	 */
	@Override
	public void setOnlineLink(String onlineLink) {
		model.setOnlineLink(onlineLink);
	}

	/**
	 * Sets the place of this network meeting.
	 *
	 * @param place the place of this network meeting
	 */
	@Override
	public void setPlace(String place) {
		model.setPlace(place);
	}

	/**
	 * Sets the primary key of this network meeting.
	 *
	 * @param primaryKey the primary key of this network meeting
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the sequence of this network meeting.
	 *
	 * @param sequence the sequence of this network meeting
	 */
	@Override
	public void setSequence(int sequence) {
		model.setSequence(sequence);
	}

	/**
	 * Sets the start date of this network meeting.
	 *
	 * @param startDate the start date of this network meeting
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this network meeting.
	 *
	 * @param status the status of this network meeting
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the title of this network meeting.
	 *
	 * @param title the title of this network meeting
	 */
	@Override
	public void setTitle(String title) {
		model.setTitle(title);
	}

	/**
	 * Sets the user ID of this network meeting.
	 *
	 * @param userId the user ID of this network meeting
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this network meeting.
	 *
	 * @param userName the user name of this network meeting
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this network meeting.
	 *
	 * @param userUuid the user uuid of this network meeting
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this network meeting.
	 *
	 * @param uuid the uuid of this network meeting
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
	protected NetworkMeetingWrapper wrap(NetworkMeeting networkMeeting) {
		return new NetworkMeetingWrapper(networkMeeting);
	}

}