package se.livsviktig.instructor.constants;

/**
 * A member's answer to a meeting invitation and their attendance, as a network coordinator marked it.
 *
 * @author Livsviktig
 */
public class MeetingParticipantConstants {

	public static final int ANSWER_COMING = 1;

	/**
	 * Invited, not answered yet.
	 */
	public static final int ANSWER_NONE = 0;

	public static final int ANSWER_NOT_COMING = 2;

	public static final int ATTENDANCE_ABSENT = 2;

	public static final int ATTENDANCE_PRESENT = 1;

	/**
	 * Not marked yet (always so before the meeting starts).
	 */
	public static final int ATTENDANCE_UNMARKED = 0;

	/**
	 * @return whether a member may give this answer (a member cannot go back to "no answer")
	 */
	public static boolean isAnswer(int answer) {
		if ((answer == ANSWER_COMING) || (answer == ANSWER_NOT_COMING)) {
			return true;
		}

		return false;
	}

	/**
	 * @return whether a coordinator may mark this (marking a person unmarked again is allowed, to undo a slip)
	 */
	public static boolean isAttendance(int attendance) {
		if ((attendance == ATTENDANCE_ABSENT) ||
			(attendance == ATTENDANCE_PRESENT) ||
			(attendance == ATTENDANCE_UNMARKED)) {

			return true;
		}

		return false;
	}

}
