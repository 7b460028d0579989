package se.livsviktig.instructor.web.internal.display.context.network;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;

/**
 * One invited member of a meeting as a coordinator sees them: who, what they answered and whether they came.
 *
 * @author Livsviktig
 */
public class AttendanceRow {

	public AttendanceRow(
		long userId, String fullName, int answer, int attendance) {

		_userId = userId;
		_fullName = fullName;
		_answer = answer;
		_attendance = attendance;
	}

	public int getAttendance() {
		return _attendance;
	}

	/**
	 * @return the language key of the attendance, never colour alone
	 */
	public String getAttendanceKey() {
		if (_attendance == MeetingParticipantConstants.ATTENDANCE_PRESENT) {
			return "attendance-present";
		}

		if (_attendance == MeetingParticipantConstants.ATTENDANCE_ABSENT) {
			return "attendance-absent";
		}

		return "attendance-unmarked";
	}

	public String getAnswerKey() {
		return MeetingRow.answerKey(_answer);
	}

	/**
	 * @return the person's name, or null when the user no longer exists
	 */
	public String getFullName() {
		return _fullName;
	}

	public long getUserId() {
		return _userId;
	}

	public boolean isAbsent() {
		return _attendance == MeetingParticipantConstants.ATTENDANCE_ABSENT;
	}

	public boolean isPresent() {
		return _attendance == MeetingParticipantConstants.ATTENDANCE_PRESENT;
	}

	private final int _answer;
	private final int _attendance;
	private final String _fullName;
	private final long _userId;

}
