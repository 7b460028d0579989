package se.livsviktig.instructor.web.internal.display.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Turns the upcoming meetings the person is invited to into rows with their answer: unanswered ones offer both
 * answers, answered ones the other answer, so a member can change their mind until the meeting starts. A meeting
 * without the person's invitation is left out: only the invited can answer.
 *
 * @author Livsviktig
 */
public class MeetingInvitationRows {

	public MeetingInvitationRows(
		MyNetworks myNetworks, DateRangeFormat dateRangeFormat) {

		_myNetworks = myNetworks;
		_dateRangeFormat = dateRangeFormat;
	}

	public static String answerLabelKey(int answer) {
		if (answer == MeetingParticipantConstants.ANSWER_COMING) {
			return "meeting-answer-coming";
		}

		if (answer == MeetingParticipantConstants.ANSWER_NOT_COMING) {
			return "meeting-answer-not-coming";
		}

		return "meeting-answer-none";
	}

	/**
	 * @param networkMeetings the upcoming scheduled meetings, in the order to show them
	 * @param meetingParticipants the person's invitations
	 */
	public List<MeetingInvitationRow> toRows(
		List<NetworkMeeting> networkMeetings,
		List<MeetingParticipant> meetingParticipants) {

		Map<Long, Integer> answers = new HashMap<>();

		for (MeetingParticipant meetingParticipant : meetingParticipants) {
			answers.put(
				meetingParticipant.getNetworkMeetingId(),
				meetingParticipant.getAnswer());
		}

		List<MeetingInvitationRow> rows = new ArrayList<>();

		for (NetworkMeeting networkMeeting : networkMeetings) {
			Integer answer = answers.get(networkMeeting.getNetworkMeetingId());

			if (answer != null) {
				rows.add(_toRow(networkMeeting, answer));
			}
		}

		return rows;
	}

	private static List<Option> _answerChoices(int answer) {
		List<Option> answerChoices = new ArrayList<>(2);

		if (answer != MeetingParticipantConstants.ANSWER_COMING) {
			answerChoices.add(
				Option.translated(
					String.valueOf(MeetingParticipantConstants.ANSWER_COMING),
					"i-am-coming", false));
		}

		if (answer != MeetingParticipantConstants.ANSWER_NOT_COMING) {
			answerChoices.add(
				Option.translated(
					String.valueOf(
						MeetingParticipantConstants.ANSWER_NOT_COMING),
					"i-am-not-coming", false));
		}

		return answerChoices;
	}

	private MeetingInvitationRow _toRow(
		NetworkMeeting networkMeeting, int answer) {

		return new MeetingInvitationRow(
			networkMeeting.getNetworkMeetingId(), networkMeeting.getTitle(),
			_myNetworks.networkName(networkMeeting.getInstructorNetworkId()),
			_dateRangeFormat.times(
				networkMeeting.getStartDate(), networkMeeting.getEndDate()),
			Objects.toString(networkMeeting.getPlace(), ""),
			Objects.toString(networkMeeting.getOnlineLink(), ""),
			answerLabelKey(answer), _answerChoices(answer));
	}

	private final DateRangeFormat _dateRangeFormat;
	private final MyNetworks _myNetworks;

}
