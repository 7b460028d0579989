/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.base.MeetingParticipantLocalServiceBaseImpl;

/**
 * Invitations to network meetings: a member answers (coming or not coming) until the meeting starts; once it has
 * started, a network coordinator marks who attended. The rows of past meetings are the record of attendance.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.MeetingParticipant",
	service = AopService.class
)
public class MeetingParticipantLocalServiceImpl
	extends MeetingParticipantLocalServiceBaseImpl {

	/**
	 * The member's own answer. Only a member of the meeting's network with an invitation may answer, and only
	 * while the meeting is still to come and not cancelled.
	 */
	@Override
	public MeetingParticipant answerNetworkMeeting(
			long participantUserId, long networkMeetingId, int answer)
		throws PortalException {

		NetworkMeeting networkMeeting =
			networkMeetingPersistence.findByPrimaryKey(networkMeetingId);

		if (networkMemberPersistence.fetchByIN_MU(
				networkMeeting.getInstructorNetworkId(), participantUserId) ==
					null) {

			throw new NotNetworkMemberException(
				"User " + participantUserId + " is not a member of network " +
					networkMeeting.getInstructorNetworkId());
		}

		MeetingParticipant meetingParticipant =
			meetingParticipantPersistence.fetchByNM_PU(
				networkMeetingId, participantUserId);

		if (meetingParticipant == null) {
			throw new NotNetworkMemberException(
				"User " + participantUserId + " is not invited to meeting " +
					networkMeetingId);
		}

		if (!MeetingParticipantConstants.isAnswer(answer)) {
			throw new MeetingAnswerException("Unknown answer " + answer);
		}

		Date now = _now();

		if (networkMeeting.isCancelled() ||
			!networkMeeting.getStartDate(
			).after(
				now
			)) {

			throw new MeetingAnswerException(
				"Meeting " + networkMeetingId + " is cancelled or has started");
		}

		meetingParticipant.setModifiedDate(now);
		meetingParticipant.setAnswer(answer);
		meetingParticipant.setAnswerDate(now);

		return meetingParticipantPersistence.update(meetingParticipant);
	}

	@Override
	public MeetingParticipant fetchMeetingParticipant(
		long networkMeetingId, long participantUserId) {

		return meetingParticipantPersistence.fetchByNM_PU(
			networkMeetingId, participantUserId);
	}

	/**
	 * @return the invitations of the meeting: who is invited, their answers and attendance (for the notices of a
	 *         change or a cancellation, and the coordinator's attendance list)
	 */
	@Override
	public List<MeetingParticipant> getMeetingParticipants(
		long networkMeetingId) {

		return meetingParticipantPersistence.findByNetworkMeetingId(
			networkMeetingId);
	}

	/**
	 * @return the person's invitations to meetings of every network they are in
	 */
	@Override
	public List<MeetingParticipant> getParticipantMeetingParticipants(
		long participantUserId) {

		return meetingParticipantPersistence.findByParticipantUserId(
			participantUserId);
	}

	/**
	 * Marks whether an invited member attended, once the meeting has started (cancelled meetings have no
	 * attendance). Marking again corrects the mark.
	 *
	 * @param userId the coordinator who marks
	 */
	@Override
	public MeetingParticipant markNetworkMeetingAttendance(
			long userId, long networkMeetingId, long participantUserId,
			int attendance)
		throws PortalException {

		NetworkMeeting networkMeeting =
			networkMeetingPersistence.findByPrimaryKey(networkMeetingId);

		MeetingParticipant meetingParticipant =
			meetingParticipantPersistence.fetchByNM_PU(
				networkMeetingId, participantUserId);

		if (meetingParticipant == null) {
			throw new NoSuchMeetingParticipantException(
				"User " + participantUserId + " is not invited to meeting " +
					networkMeetingId);
		}

		if (!MeetingParticipantConstants.isAttendance(attendance)) {
			throw new MeetingAttendanceException(
				"Unknown attendance " + attendance);
		}

		Date now = _now();

		if (networkMeeting.isCancelled() ||
			networkMeeting.getStartDate(
			).after(
				now
			)) {

			throw new MeetingAttendanceException(
				"Meeting " + networkMeetingId +
					" is cancelled or has not started");
		}

		meetingParticipant.setModifiedDate(now);
		meetingParticipant.setAttendance(attendance);
		meetingParticipant.setAttendanceByUserId(userId);
		meetingParticipant.setAttendanceDate(now);

		return meetingParticipantPersistence.update(meetingParticipant);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Clock _clock = Clock.systemUTC();

}
