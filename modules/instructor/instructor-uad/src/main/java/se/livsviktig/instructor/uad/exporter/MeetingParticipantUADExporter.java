/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.zip.ZipWriterFactory;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.io.File;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.uad.text.NetworkWords;
import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.platform.uad.RowsOfPerson;

/**
 * Exports the meeting invitations a person is part of. Their own: the meeting by title and start, their answer and
 * when they gave it, and their attendance. One of someone else's that they sent as a coordinator, or whose
 * attendance they marked, says which meeting and when they did it, and not the other person's answer or attendance.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class MeetingParticipantUADExporter
	extends BaseMeetingParticipantUADExporter {

	@Override
	public File exportAll(long userId, ZipWriterFactory zipWriterFactory)
		throws PortalException {

		return RowsOfPerson.export(
			getActionableDynamicQuery(userId),
			getZipWriter(
				userId, MeetingParticipant.class.getName(), zipWriterFactory),
			(MeetingParticipant meetingParticipant) -> formatXML(
				toXmlString(meetingParticipant, userId)));
	}

	/**
	 * A single row exported without knowing who asks is exported for the invited person.
	 */
	@Override
	protected String toXmlString(MeetingParticipant meetingParticipant) {
		return toXmlString(
			meetingParticipant, meetingParticipant.getParticipantUserId());
	}

	protected String toXmlString(
		MeetingParticipant meetingParticipant, long userId) {

		ExportDocument exportDocument = new ExportDocument(
			MeetingParticipant.class.getName());

		exportDocument.column(
			"meetingParticipantId",
			String.valueOf(meetingParticipant.getMeetingParticipantId()));

		_meetingColumns(exportDocument, meetingParticipant);

		if (meetingParticipant.getParticipantUserId() == userId) {
			exportDocument.column(
				"answer", NetworkWords.answer(meetingParticipant.getAnswer()));
			exportDocument.column(
				"answerDate", meetingParticipant.getAnswerDate());
			exportDocument.column(
				"attendance",
				NetworkWords.attendance(meetingParticipant.getAttendance()));

			return exportDocument.toXmlString();
		}

		if (meetingParticipant.getUserId() == userId) {
			exportDocument.column(
				"invitedDate", meetingParticipant.getCreateDate());
		}

		if (meetingParticipant.getAttendanceByUserId() == userId) {
			exportDocument.column(
				"attendanceMarkedDate",
				meetingParticipant.getAttendanceDate());
		}

		return exportDocument.toXmlString();
	}

	/**
	 * The meeting's title and start, or its id when the meeting is gone, so the row still says which one it was.
	 */
	private void _meetingColumns(
		ExportDocument exportDocument, MeetingParticipant meetingParticipant) {

		NetworkMeeting networkMeeting =
			_networkMeetingLocalService.fetchNetworkMeeting(
				meetingParticipant.getNetworkMeetingId());

		if (networkMeeting == null) {
			exportDocument.column(
				"meeting",
				String.valueOf(meetingParticipant.getNetworkMeetingId()));

			return;
		}

		exportDocument.column("meeting", networkMeeting.getTitle());
		exportDocument.column("meetingStart", networkMeeting.getStartDate());
	}

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

}
