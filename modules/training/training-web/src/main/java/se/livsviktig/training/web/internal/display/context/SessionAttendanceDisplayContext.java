package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * The attendance of a session's participants page: its dates, who of the people with a seat was present, absent
 * or not marked yet on each, and on how many dates anything is marked (the list view's summary).
 *
 * @author Livsviktig
 */
public class SessionAttendanceDisplayContext {

	public SessionAttendanceDisplayContext(
		CourseSession courseSession, List<AdminSessionParticipant> participants,
		CourseSessionLocalService courseSessionLocalService,
		AttendanceService attendanceService,
		SessionParticipantsReader sessionParticipantsReader) {

		_courseSession = courseSession;
		_participants = participants;
		_courseSessionLocalService = courseSessionLocalService;
		_attendanceService = attendanceService;
		_sessionParticipantsReader = sessionParticipantsReader;
	}

	/**
	 * @return per session date, who of those with a seat was present, absent or not marked yet
	 */
	public List<AttendanceDate> getAttendanceDates() throws PortalException {
		List<AttendanceDate> attendanceDates = new ArrayList<>();

		for (SessionDate sessionDate : getSessionDates()) {
			Map<Long, Boolean> presence = new HashMap<>();

			for (Attendance attendance :
					_attendanceService.getSessionDateAttendances(
						sessionDate.getSessionDateId())) {

				presence.put(
					attendance.getRegistrationId(), attendance.getPresent());
			}

			attendanceDates.add(
				new AttendanceDate(
					sessionDate.getSessionDateId(),
					_sessionParticipantsReader.format(
						sessionDate.getStartDate()),
					presence));
		}

		return attendanceDates;
	}

	/**
	 * @return the people with a seat, whose attendance is followed
	 */
	public List<AdminSessionParticipant> getAttendanceParticipants() {
		List<AdminSessionParticipant> attendanceParticipants = new ArrayList<>();

		for (AdminSessionParticipant participant : _participants) {
			if (RegistrationConstants.holdsSeat(participant.getStatus()) &&
				(participant.getStatus() !=
					RegistrationConstants.STATUS_PENDING_APPROVAL) &&
				(participant.getStatus() !=
					RegistrationConstants.STATUS_OFFERED)) {

				attendanceParticipants.add(participant);
			}
		}

		return attendanceParticipants;
	}

	/**
	 * @return how many session dates have attendance marked, of the session's dates
	 */
	public int getDatesWithAttendanceCount() throws PortalException {
		int count = 0;

		for (AttendanceDate attendanceDate : getAttendanceDates()) {
			if (attendanceDate.isMarked()) {
				count++;
			}
		}

		return count;
	}

	public List<SessionDate> getSessionDates() throws PortalException {
		if (_sessionDates == null) {
			_sessionDates = _courseSessionLocalService.getSessionDates(
				_courseSession.getCourseSessionId());
		}

		return _sessionDates;
	}

	/**
	 * One session date of the attendance overview.
	 */
	public static class AttendanceDate {

		public AttendanceDate(
			long sessionDateId, String label, Map<Long, Boolean> presence) {

			_sessionDateId = sessionDateId;
			_label = label;
			_presence = presence;
		}

		public String getLabel() {
			return _label;
		}

		/**
		 * @return "present", "absent" or "not-marked": the Language key of the participant's attendance
		 */
		public String getPresenceKey(long registrationId) {
			Boolean present = _presence.get(registrationId);

			if (present == null) {
				return "not-marked";
			}

			return present ? "present" : "absent";
		}

		public long getSessionDateId() {
			return _sessionDateId;
		}

		/**
		 * @return whether anyone's attendance has been marked on this date
		 */
		public boolean isMarked() {
			return !_presence.isEmpty();
		}

		private final String _label;
		private final Map<Long, Boolean> _presence;
		private final long _sessionDateId;

	}

	private final AttendanceService _attendanceService;
	private final CourseSession _courseSession;
	private final CourseSessionLocalService _courseSessionLocalService;
	private final List<AdminSessionParticipant> _participants;
	private final SessionParticipantsReader _sessionParticipantsReader;
	private List<SessionDate> _sessionDates;

}
