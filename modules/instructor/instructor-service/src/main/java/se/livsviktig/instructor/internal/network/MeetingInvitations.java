package se.livsviktig.instructor.internal.network;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.Date;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;

/**
 * Invitations are MeetingParticipant rows, one per member and meeting (a unique index on both): made for every
 * member when a meeting is added, and for a new member for every meeting still to come. A member who already
 * has one keeps it, answer and all.
 *
 * @author Livsviktig
 */
public class MeetingInvitations {

	public MeetingInvitations(
		CounterLocalService counterLocalService,
		MeetingParticipantPersistence meetingParticipantPersistence) {

		_counterLocalService = counterLocalService;
		_meetingParticipantPersistence = meetingParticipantPersistence;
	}

	/**
	 * @param user who invites (the audit columns)
	 * @return the invitation, new or the one the member had
	 */
	public MeetingParticipant invite(
		NetworkMeeting networkMeeting, long participantUserId, User user,
		Date now) {

		MeetingParticipant meetingParticipant =
			_meetingParticipantPersistence.fetchByNM_PU(
				networkMeeting.getNetworkMeetingId(), participantUserId);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		meetingParticipant = _meetingParticipantPersistence.create(
			_counterLocalService.increment());

		meetingParticipant.setGroupId(networkMeeting.getGroupId());
		meetingParticipant.setCompanyId(networkMeeting.getCompanyId());
		meetingParticipant.setUserId(user.getUserId());
		meetingParticipant.setUserName(user.getFullName());
		meetingParticipant.setCreateDate(now);
		meetingParticipant.setModifiedDate(now);
		meetingParticipant.setNetworkMeetingId(
			networkMeeting.getNetworkMeetingId());
		meetingParticipant.setParticipantUserId(participantUserId);
		meetingParticipant.setAnswer(MeetingParticipantConstants.ANSWER_NONE);
		meetingParticipant.setAttendance(
			MeetingParticipantConstants.ATTENDANCE_UNMARKED);

		return _meetingParticipantPersistence.update(meetingParticipant);
	}

	private final CounterLocalService _counterLocalService;
	private final MeetingParticipantPersistence _meetingParticipantPersistence;

}
