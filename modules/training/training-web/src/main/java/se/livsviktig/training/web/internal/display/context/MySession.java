package se.livsviktig.training.web.internal.display.context;

import java.util.List;

import se.livsviktig.training.constants.SessionInstructorConstants;

/**
 * One session in Mina kurstillfällen as the instructor reads it: what, when, where, their answer to the
 * invitation and the coordinator's message with it. Every text is plain; the view escapes it.
 *
 * @author Livsviktig
 */
public class MySession {

	public MySession(
		long sessionInstructorId, long courseSessionId, String courseTitle,
		String trainingMethodName, List<String> dates, String place,
		int status, String invitationMessage, boolean selected) {

		_sessionInstructorId = sessionInstructorId;
		_courseSessionId = courseSessionId;
		_courseTitle = courseTitle;
		_trainingMethodName = trainingMethodName;
		_dates = dates;
		_place = place;
		_status = status;
		_invitationMessage = invitationMessage;
		_selected = selected;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	public List<String> getDates() {
		return _dates;
	}

	public String getInvitationMessage() {
		return _invitationMessage;
	}

	public String getPlace() {
		return _place;
	}

	public long getSessionInstructorId() {
		return _sessionInstructorId;
	}

	/**
	 * @return the Language key of the instructor's answer: invited, accepted, declined
	 */
	public String getStatusKey() {
		if (isAccepted()) {
			return "instructor-status-accepted";
		}

		if (isDeclined()) {
			return "instructor-status-declined";
		}

		return "instructor-status-invited";
	}

	/**
	 * @return the course and its first date, which tells two sessions of one course apart for those who hear
	 *         a button rather than see its row
	 */
	public String getSubject() {
		if (_dates.isEmpty()) {
			return _courseTitle;
		}

		return _courseTitle + ", " + _dates.get(0);
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	public boolean isAccepted() {
		return _status == SessionInstructorConstants.STATUS_ACCEPTED;
	}

	public boolean isDeclined() {
		return _status == SessionInstructorConstants.STATUS_DECLINED;
	}

	public boolean isInvited() {
		return _status == SessionInstructorConstants.STATUS_INVITED;
	}

	/**
	 * @return whether its participants and attendance are shown below the list
	 */
	public boolean isSelected() {
		return _selected;
	}

	private final long _courseSessionId;
	private final String _courseTitle;
	private final List<String> _dates;
	private final String _invitationMessage;
	private final String _place;
	private final boolean _selected;
	private final long _sessionInstructorId;
	private final int _status;
	private final String _trainingMethodName;

}
