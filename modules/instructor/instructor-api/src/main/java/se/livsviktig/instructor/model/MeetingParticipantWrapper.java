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
 * This class is a wrapper for {@link MeetingParticipant}.
 * </p>
 *
 * @author Livsviktig
 * @see MeetingParticipant
 * @generated
 */
public class MeetingParticipantWrapper
	extends BaseModelWrapper<MeetingParticipant>
	implements MeetingParticipant, ModelWrapper<MeetingParticipant> {

	public MeetingParticipantWrapper(MeetingParticipant meetingParticipant) {
		super(meetingParticipant);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("meetingParticipantId", getMeetingParticipantId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("networkMeetingId", getNetworkMeetingId());
		attributes.put("participantUserId", getParticipantUserId());
		attributes.put("answer", getAnswer());
		attributes.put("answerDate", getAnswerDate());
		attributes.put("attendance", getAttendance());
		attributes.put("attendanceByUserId", getAttendanceByUserId());
		attributes.put("attendanceDate", getAttendanceDate());

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

		Long meetingParticipantId = (Long)attributes.get(
			"meetingParticipantId");

		if (meetingParticipantId != null) {
			setMeetingParticipantId(meetingParticipantId);
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

		Long networkMeetingId = (Long)attributes.get("networkMeetingId");

		if (networkMeetingId != null) {
			setNetworkMeetingId(networkMeetingId);
		}

		Long participantUserId = (Long)attributes.get("participantUserId");

		if (participantUserId != null) {
			setParticipantUserId(participantUserId);
		}

		Integer answer = (Integer)attributes.get("answer");

		if (answer != null) {
			setAnswer(answer);
		}

		Date answerDate = (Date)attributes.get("answerDate");

		if (answerDate != null) {
			setAnswerDate(answerDate);
		}

		Integer attendance = (Integer)attributes.get("attendance");

		if (attendance != null) {
			setAttendance(attendance);
		}

		Long attendanceByUserId = (Long)attributes.get("attendanceByUserId");

		if (attendanceByUserId != null) {
			setAttendanceByUserId(attendanceByUserId);
		}

		Date attendanceDate = (Date)attributes.get("attendanceDate");

		if (attendanceDate != null) {
			setAttendanceDate(attendanceDate);
		}
	}

	@Override
	public MeetingParticipant cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the answer of this meeting participant.
	 *
	 * @return the answer of this meeting participant
	 */
	@Override
	public int getAnswer() {
		return model.getAnswer();
	}

	/**
	 * Returns the answer date of this meeting participant.
	 *
	 * @return the answer date of this meeting participant
	 */
	@Override
	public Date getAnswerDate() {
		return model.getAnswerDate();
	}

	/**
	 * Returns the attendance of this meeting participant.
	 *
	 * @return the attendance of this meeting participant
	 */
	@Override
	public int getAttendance() {
		return model.getAttendance();
	}

	/**
	 * Returns the attendance by user ID of this meeting participant.
	 *
	 * @return the attendance by user ID of this meeting participant
	 */
	@Override
	public long getAttendanceByUserId() {
		return model.getAttendanceByUserId();
	}

	/**
	 * Returns the attendance by user uuid of this meeting participant.
	 *
	 * @return the attendance by user uuid of this meeting participant
	 */
	@Override
	public String getAttendanceByUserUuid() {
		return model.getAttendanceByUserUuid();
	}

	/**
	 * Returns the attendance date of this meeting participant.
	 *
	 * @return the attendance date of this meeting participant
	 */
	@Override
	public Date getAttendanceDate() {
		return model.getAttendanceDate();
	}

	/**
	 * Returns the company ID of this meeting participant.
	 *
	 * @return the company ID of this meeting participant
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this meeting participant.
	 *
	 * @return the create date of this meeting participant
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this meeting participant.
	 *
	 * @return the group ID of this meeting participant
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the meeting participant ID of this meeting participant.
	 *
	 * @return the meeting participant ID of this meeting participant
	 */
	@Override
	public long getMeetingParticipantId() {
		return model.getMeetingParticipantId();
	}

	/**
	 * Returns the modified date of this meeting participant.
	 *
	 * @return the modified date of this meeting participant
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this meeting participant.
	 *
	 * @return the mvcc version of this meeting participant
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the network meeting ID of this meeting participant.
	 *
	 * @return the network meeting ID of this meeting participant
	 */
	@Override
	public long getNetworkMeetingId() {
		return model.getNetworkMeetingId();
	}

	/**
	 * Returns the participant user ID of this meeting participant.
	 *
	 * @return the participant user ID of this meeting participant
	 */
	@Override
	public long getParticipantUserId() {
		return model.getParticipantUserId();
	}

	/**
	 * Returns the participant user uuid of this meeting participant.
	 *
	 * @return the participant user uuid of this meeting participant
	 */
	@Override
	public String getParticipantUserUuid() {
		return model.getParticipantUserUuid();
	}

	/**
	 * Returns the primary key of this meeting participant.
	 *
	 * @return the primary key of this meeting participant
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this meeting participant.
	 *
	 * @return the user ID of this meeting participant
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this meeting participant.
	 *
	 * @return the user name of this meeting participant
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this meeting participant.
	 *
	 * @return the user uuid of this meeting participant
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this meeting participant.
	 *
	 * @return the uuid of this meeting participant
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
	 * Sets the answer of this meeting participant.
	 *
	 * @param answer the answer of this meeting participant
	 */
	@Override
	public void setAnswer(int answer) {
		model.setAnswer(answer);
	}

	/**
	 * Sets the answer date of this meeting participant.
	 *
	 * @param answerDate the answer date of this meeting participant
	 */
	@Override
	public void setAnswerDate(Date answerDate) {
		model.setAnswerDate(answerDate);
	}

	/**
	 * Sets the attendance of this meeting participant.
	 *
	 * @param attendance the attendance of this meeting participant
	 */
	@Override
	public void setAttendance(int attendance) {
		model.setAttendance(attendance);
	}

	/**
	 * Sets the attendance by user ID of this meeting participant.
	 *
	 * @param attendanceByUserId the attendance by user ID of this meeting participant
	 */
	@Override
	public void setAttendanceByUserId(long attendanceByUserId) {
		model.setAttendanceByUserId(attendanceByUserId);
	}

	/**
	 * Sets the attendance by user uuid of this meeting participant.
	 *
	 * @param attendanceByUserUuid the attendance by user uuid of this meeting participant
	 */
	@Override
	public void setAttendanceByUserUuid(String attendanceByUserUuid) {
		model.setAttendanceByUserUuid(attendanceByUserUuid);
	}

	/**
	 * Sets the attendance date of this meeting participant.
	 *
	 * @param attendanceDate the attendance date of this meeting participant
	 */
	@Override
	public void setAttendanceDate(Date attendanceDate) {
		model.setAttendanceDate(attendanceDate);
	}

	/**
	 * Sets the company ID of this meeting participant.
	 *
	 * @param companyId the company ID of this meeting participant
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this meeting participant.
	 *
	 * @param createDate the create date of this meeting participant
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this meeting participant.
	 *
	 * @param groupId the group ID of this meeting participant
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the meeting participant ID of this meeting participant.
	 *
	 * @param meetingParticipantId the meeting participant ID of this meeting participant
	 */
	@Override
	public void setMeetingParticipantId(long meetingParticipantId) {
		model.setMeetingParticipantId(meetingParticipantId);
	}

	/**
	 * Sets the modified date of this meeting participant.
	 *
	 * @param modifiedDate the modified date of this meeting participant
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this meeting participant.
	 *
	 * @param mvccVersion the mvcc version of this meeting participant
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the network meeting ID of this meeting participant.
	 *
	 * @param networkMeetingId the network meeting ID of this meeting participant
	 */
	@Override
	public void setNetworkMeetingId(long networkMeetingId) {
		model.setNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Sets the participant user ID of this meeting participant.
	 *
	 * @param participantUserId the participant user ID of this meeting participant
	 */
	@Override
	public void setParticipantUserId(long participantUserId) {
		model.setParticipantUserId(participantUserId);
	}

	/**
	 * Sets the participant user uuid of this meeting participant.
	 *
	 * @param participantUserUuid the participant user uuid of this meeting participant
	 */
	@Override
	public void setParticipantUserUuid(String participantUserUuid) {
		model.setParticipantUserUuid(participantUserUuid);
	}

	/**
	 * Sets the primary key of this meeting participant.
	 *
	 * @param primaryKey the primary key of this meeting participant
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this meeting participant.
	 *
	 * @param userId the user ID of this meeting participant
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this meeting participant.
	 *
	 * @param userName the user name of this meeting participant
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this meeting participant.
	 *
	 * @param userUuid the user uuid of this meeting participant
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this meeting participant.
	 *
	 * @param uuid the uuid of this meeting participant
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
	protected MeetingParticipantWrapper wrap(
		MeetingParticipant meetingParticipant) {

		return new MeetingParticipantWrapper(meetingParticipant);
	}

}