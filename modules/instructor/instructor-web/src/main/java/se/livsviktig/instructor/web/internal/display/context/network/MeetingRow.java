package se.livsviktig.instructor.web.internal.display.context.network;

import java.util.List;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;

/**
 * One network meeting as the pages show it: its time already in the reader's time zone and language, its texts
 * as stored (agenda and notes are HTML the service cleaned with the portal's sanitizer; everything else is plain
 * text the page escapes), and the reader's own answer.
 *
 * @author Livsviktig
 */
public class MeetingRow {

	/**
	 * The reader is not invited to the meeting (not a member, or joined the network after it).
	 */
	public static final int NOT_INVITED = -1;

	public static String answerKey(int answer) {
		if (answer == MeetingParticipantConstants.ANSWER_COMING) {
			return "answer-coming";
		}

		if (answer == MeetingParticipantConstants.ANSWER_NOT_COMING) {
			return "answer-not-coming";
		}

		return "not-answered-yet";
	}

	public MeetingRow(
		long networkMeetingId, long instructorNetworkId, String title,
		String time, String place, String onlineLink, String agendaHTML,
		String notesHTML, boolean cancelled, boolean started, int myAnswer,
		List<AttendanceRow> attendanceRows) {

		_networkMeetingId = networkMeetingId;
		_instructorNetworkId = instructorNetworkId;
		_title = title;
		_time = time;
		_place = place;
		_onlineLink = onlineLink;
		_agendaHTML = agendaHTML;
		_notesHTML = notesHTML;
		_cancelled = cancelled;
		_started = started;
		_myAnswer = myAnswer;
		_attendanceRows = attendanceRows;
	}

	/**
	 * @return the agenda as the sanitizer left it, safe to print as HTML
	 */
	public String getAgendaHTML() {
		return _agendaHTML;
	}

	/**
	 * @return the invited members with their answers and attendance, for those who may update the meeting;
	 *         empty for everyone else
	 */
	public List<AttendanceRow> getAttendanceRows() {
		return _attendanceRows;
	}

	public long getInstructorNetworkId() {
		return _instructorNetworkId;
	}

	public int getMyAnswer() {
		return _myAnswer;
	}

	public String getMyAnswerKey() {
		return answerKey(_myAnswer);
	}

	public long getNetworkMeetingId() {
		return _networkMeetingId;
	}

	/**
	 * @return the notes as the sanitizer left them, safe to print as HTML
	 */
	public String getNotesHTML() {
		return _notesHTML;
	}

	public String getOnlineLink() {
		return _onlineLink;
	}

	public String getPlace() {
		return _place;
	}

	/**
	 * @return when the meeting is, in the reader's time zone and language
	 */
	public String getTime() {
		return _time;
	}

	public String getTitle() {
		return _title;
	}

	/**
	 * @return whether the reader may still answer: invited, not cancelled, not started
	 */
	public boolean isAnswerable() {
		if (!_cancelled && !_started && (_myAnswer != NOT_INVITED)) {
			return true;
		}

		return false;
	}

	public boolean isCancelled() {
		return _cancelled;
	}

	/**
	 * @return whether attendance may be marked: started and not cancelled (the service refuses otherwise)
	 */
	public boolean isMarkable() {
		if (_started && !_cancelled) {
			return true;
		}

		return false;
	}

	public boolean isStarted() {
		return _started;
	}

	private final String _agendaHTML;
	private final List<AttendanceRow> _attendanceRows;
	private final boolean _cancelled;
	private final long _instructorNetworkId;
	private final int _myAnswer;
	private final long _networkMeetingId;
	private final String _notesHTML;
	private final String _onlineLink;
	private final String _place;
	private final boolean _started;
	private final String _time;
	private final String _title;

}
