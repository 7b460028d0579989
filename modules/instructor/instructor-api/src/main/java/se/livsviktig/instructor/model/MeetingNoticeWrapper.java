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
 * This class is a wrapper for {@link MeetingNotice}.
 * </p>
 *
 * @author Livsviktig
 * @see MeetingNotice
 * @generated
 */
public class MeetingNoticeWrapper
	extends BaseModelWrapper<MeetingNotice>
	implements MeetingNotice, ModelWrapper<MeetingNotice> {

	public MeetingNoticeWrapper(MeetingNotice meetingNotice) {
		super(meetingNotice);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("meetingNoticeId", getMeetingNoticeId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("networkMeetingId", getNetworkMeetingId());
		attributes.put("sequence", getSequence());
		attributes.put("noticeKind", getNoticeKind());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long meetingNoticeId = (Long)attributes.get("meetingNoticeId");

		if (meetingNoticeId != null) {
			setMeetingNoticeId(meetingNoticeId);
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

		Long networkMeetingId = (Long)attributes.get("networkMeetingId");

		if (networkMeetingId != null) {
			setNetworkMeetingId(networkMeetingId);
		}

		Integer sequence = (Integer)attributes.get("sequence");

		if (sequence != null) {
			setSequence(sequence);
		}

		String noticeKind = (String)attributes.get("noticeKind");

		if (noticeKind != null) {
			setNoticeKind(noticeKind);
		}
	}

	@Override
	public MeetingNotice cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this meeting notice.
	 *
	 * @return the company ID of this meeting notice
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this meeting notice.
	 *
	 * @return the create date of this meeting notice
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this meeting notice.
	 *
	 * @return the group ID of this meeting notice
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the meeting notice ID of this meeting notice.
	 *
	 * @return the meeting notice ID of this meeting notice
	 */
	@Override
	public long getMeetingNoticeId() {
		return model.getMeetingNoticeId();
	}

	/**
	 * Returns the mvcc version of this meeting notice.
	 *
	 * @return the mvcc version of this meeting notice
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the network meeting ID of this meeting notice.
	 *
	 * @return the network meeting ID of this meeting notice
	 */
	@Override
	public long getNetworkMeetingId() {
		return model.getNetworkMeetingId();
	}

	/**
	 * Returns the notice kind of this meeting notice.
	 *
	 * @return the notice kind of this meeting notice
	 */
	@Override
	public String getNoticeKind() {
		return model.getNoticeKind();
	}

	/**
	 * Returns the primary key of this meeting notice.
	 *
	 * @return the primary key of this meeting notice
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the sequence of this meeting notice.
	 *
	 * @return the sequence of this meeting notice
	 */
	@Override
	public int getSequence() {
		return model.getSequence();
	}

	/**
	 * Returns the user ID of this meeting notice.
	 *
	 * @return the user ID of this meeting notice
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this meeting notice.
	 *
	 * @return the user uuid of this meeting notice
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
	 * Sets the company ID of this meeting notice.
	 *
	 * @param companyId the company ID of this meeting notice
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this meeting notice.
	 *
	 * @param createDate the create date of this meeting notice
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this meeting notice.
	 *
	 * @param groupId the group ID of this meeting notice
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the meeting notice ID of this meeting notice.
	 *
	 * @param meetingNoticeId the meeting notice ID of this meeting notice
	 */
	@Override
	public void setMeetingNoticeId(long meetingNoticeId) {
		model.setMeetingNoticeId(meetingNoticeId);
	}

	/**
	 * Sets the mvcc version of this meeting notice.
	 *
	 * @param mvccVersion the mvcc version of this meeting notice
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the network meeting ID of this meeting notice.
	 *
	 * @param networkMeetingId the network meeting ID of this meeting notice
	 */
	@Override
	public void setNetworkMeetingId(long networkMeetingId) {
		model.setNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Sets the notice kind of this meeting notice.
	 *
	 * @param noticeKind the notice kind of this meeting notice
	 */
	@Override
	public void setNoticeKind(String noticeKind) {
		model.setNoticeKind(noticeKind);
	}

	/**
	 * Sets the primary key of this meeting notice.
	 *
	 * @param primaryKey the primary key of this meeting notice
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the sequence of this meeting notice.
	 *
	 * @param sequence the sequence of this meeting notice
	 */
	@Override
	public void setSequence(int sequence) {
		model.setSequence(sequence);
	}

	/**
	 * Sets the user ID of this meeting notice.
	 *
	 * @param userId the user ID of this meeting notice
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this meeting notice.
	 *
	 * @param userUuid the user uuid of this meeting notice
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
	protected MeetingNoticeWrapper wrap(MeetingNotice meetingNotice) {
		return new MeetingNoticeWrapper(meetingNotice);
	}

}