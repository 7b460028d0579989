/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.display;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.user.associated.data.display.BaseModelUADDisplay;
import com.liferay.user.associated.data.display.UADDisplay;

import java.io.Serializable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.uad.constants.InstructorUADConstants;
import se.livsviktig.instructor.uad.text.NetworkWords;
import se.livsviktig.platform.uad.DisplayDate;
import se.livsviktig.platform.uad.UADLanguage;

/**
 * Shows a person's meeting invitations in the portal's personal data screens: the meeting by title and day, the
 * answer and the attendance in words; values are handed over unescaped, for the portal to escape once. Written by
 * hand and named apart from Service Builder's files for the same reason as {@link NetworkMembershipUADDisplay}.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class MeetingInvitationUADDisplay
	extends BaseModelUADDisplay<MeetingParticipant> {

	@Override
	public MeetingParticipant get(Serializable primaryKey)
		throws PortalException {

		return _meetingParticipantLocalService.getMeetingParticipant(
			Long.valueOf(primaryKey.toString()));
	}

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"meeting", "meetingStart", "answer", "attendance"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		MeetingParticipant meetingParticipant, String[] fieldNames,
		Locale locale) {

		NetworkMeeting networkMeeting =
			_networkMeetingLocalService.fetchNetworkMeeting(
				meetingParticipant.getNetworkMeetingId());

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName,
				_fieldValue(
					meetingParticipant, networkMeeting, fieldName, locale));
		}

		return fieldValues;
	}

	/**
	 * Only real columns: the screen orders through the database, and the meeting's title is not a column here.
	 */
	@Override
	public String[] getSortingFieldNames() {
		return new String[] {"createDate", "answer", "answerDate", "attendance"};
	}

	@Override
	public Class<MeetingParticipant> getTypeClass() {
		return MeetingParticipant.class;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			MeetingInvitationUADDisplay.class, locale,
			"model.resource." + MeetingParticipant.class.getName());
	}

	@Override
	protected long doCount(DynamicQuery dynamicQuery) {
		return _meetingParticipantLocalService.dynamicQueryCount(dynamicQuery);
	}

	@Override
	protected DynamicQuery doGetDynamicQuery() {
		return _meetingParticipantLocalService.dynamicQuery();
	}

	@Override
	protected List<MeetingParticipant> doGetRange(
		DynamicQuery dynamicQuery, int start, int end) {

		return _meetingParticipantLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return InstructorUADConstants.USER_ID_FIELD_NAMES_MEETING_PARTICIPANT;
	}

	/**
	 * @param networkMeeting the meeting, or <code>null</code> when it is gone: then its id stands for its title
	 */
	private String _fieldValue(
		MeetingParticipant meetingParticipant, NetworkMeeting networkMeeting,
		String fieldName, Locale locale) {

		if (fieldName.equals("meeting")) {
			if (networkMeeting == null) {
				return String.valueOf(meetingParticipant.getNetworkMeetingId());
			}

			return networkMeeting.getTitle();
		}

		if (fieldName.equals("meetingStart")) {
			if (networkMeeting == null) {
				return "";
			}

			return DisplayDate.format(networkMeeting.getStartDate(), locale);
		}

		if (fieldName.equals("answer")) {
			return UADLanguage.get(
				MeetingInvitationUADDisplay.class, locale,
				NetworkWords.answerKey(meetingParticipant.getAnswer()));
		}

		if (fieldName.equals("attendance")) {
			return UADLanguage.get(
				MeetingInvitationUADDisplay.class, locale,
				NetworkWords.attendanceKey(meetingParticipant.getAttendance()));
		}

		return null;
	}

	@Reference
	private MeetingParticipantLocalService _meetingParticipantLocalService;

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

}
