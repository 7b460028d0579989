package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.RegistrationService;

/**
 * The participants of the session an instructor opened, read through the remote services: each with dietary
 * needs, completion and attendance on the selected date, and how many are in each state. None when the reader
 * may not see the session's participants.
 *
 * @author Livsviktig
 */
public class MySessionParticipants {

	/**
	 * The registrations whose people take part: attendance can be marked for them, and their state says
	 * whether they completed the course.
	 */
	public static final int[] PARTICIPANT_STATUSES = {
		RegistrationConstants.STATUS_CONFIRMED,
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_NOT_COMPLETED,
		RegistrationConstants.STATUS_NO_SHOW
	};

	/**
	 * @param shown whether the reader may see the session's participants
	 */
	public MySessionParticipants(
		RegistrationService registrationService,
		AttendanceService attendanceService, long courseSessionId,
		boolean shown) {

		_registrationService = registrationService;
		_attendanceService = attendanceService;
		_courseSessionId = courseSessionId;
		_shown = shown;
	}

	public int count(int status) throws PortalException {
		int count = 0;

		for (Registration registration : _getRegistrations()) {
			if (registration.getStatus() == status) {
				count++;
			}
		}

		return count;
	}

	/**
	 * @param selectedCheckInDate the date whose attendance is shown, null for none
	 * @return the participants, with their attendance on the selected date
	 */
	public List<SessionParticipant> get(CheckInDate selectedCheckInDate)
		throws PortalException {

		List<SessionParticipant> participants = new ArrayList<>();

		if (!_shown) {
			return participants;
		}

		Map<Long, Attendance> attendances = new HashMap<>();

		if (selectedCheckInDate != null) {
			for (Attendance attendance :
					_attendanceService.getSessionDateAttendances(
						selectedCheckInDate.getSessionDateId())) {

				attendances.put(attendance.getRegistrationId(), attendance);
			}
		}

		for (Registration registration : _getRegistrations()) {
			Attendance attendance = attendances.get(
				registration.getRegistrationId());

			Boolean present = null;
			boolean checkedIn = false;

			if (attendance != null) {
				present = attendance.isPresent();
				checkedIn =
					attendance.getSource() ==
						AttendanceConstants.SOURCE_CHECK_IN;
			}

			String dietaryNeeds = registration.getDietaryNeeds();

			participants.add(
				new SessionParticipant(
					registration.getRegistrationId(),
					registration.getUserName(),
					Validator.isNull(dietaryNeeds) ? "" : dietaryNeeds.trim(),
					present, checkedIn,
					_REGISTRATION_STATUS_KEY_PREFIX +
						RegistrationConstants.getStatusLabel(
							registration.getStatus())));
		}

		return participants;
	}

	private List<Registration> _getRegistrations() throws PortalException {
		if (_registrations != null) {
			return _registrations;
		}

		if (!_shown) {
			_registrations = new ArrayList<>();
		}
		else {
			_registrations = _registrationService.getCourseSessionRegistrations(
				_courseSessionId, PARTICIPANT_STATUSES, QueryUtil.ALL_POS,
				QueryUtil.ALL_POS);
		}

		return _registrations;
	}

	private static final String _REGISTRATION_STATUS_KEY_PREFIX =
		"registration-status-";

	private final AttendanceService _attendanceService;
	private final long _courseSessionId;
	private List<Registration> _registrations;
	private final RegistrationService _registrationService;
	private final boolean _shown;

}
