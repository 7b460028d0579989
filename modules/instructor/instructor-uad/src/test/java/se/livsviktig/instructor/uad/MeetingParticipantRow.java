package se.livsviktig.instructor.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * A member's invitation to a past meeting: sent by one coordinator, answered "coming" by the member, marked present
 * by another coordinator (see {@link ModelRow}).
 *
 * @author Livsviktig
 */
public final class MeetingParticipantRow extends ModelRow<MeetingParticipant> {

	public static final long INVITED_BY_USER_ID = 30021;

	public static final long MARKED_BY_USER_ID = 30023;

	public static final long MEETING_PARTICIPANT_ID = 45001;

	public static final long NETWORK_MEETING_ID = 46001;

	public static final long PARTICIPANT_USER_ID = 30022;

	public MeetingParticipantRow() {
		super(MeetingParticipant.class, "meetingParticipantId", _values());
	}

	public MeetingParticipant meetingParticipant() {
		return model();
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("meetingParticipantId", MEETING_PARTICIPANT_ID);
		values.put("uuid", "5c7a-uuid");
		values.put("groupId", 20121L);
		values.put("companyId", 20097L);
		values.put("userId", INVITED_BY_USER_ID);
		values.put("userName", "Cecilia Coordinator");
		values.put("createDate", new Date(1_700_000_000_000L));
		values.put("modifiedDate", new Date(1_750_000_000_000L));
		values.put("networkMeetingId", NETWORK_MEETING_ID);
		values.put("participantUserId", PARTICIPANT_USER_ID);
		values.put("answer", MeetingParticipantConstants.ANSWER_COMING);
		values.put("answerDate", new Date(1_701_000_000_000L));
		values.put(
			"attendance", MeetingParticipantConstants.ATTENDANCE_PRESENT);
		values.put("attendanceByUserId", MARKED_BY_USER_ID);
		values.put("attendanceDate", new Date(1_702_000_000_000L));
		values.put("mvccVersion", 4L);

		return values;
	}

}
