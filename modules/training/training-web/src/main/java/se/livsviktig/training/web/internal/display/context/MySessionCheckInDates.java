package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.portlet.RenderRequest;

import se.livsviktig.training.attendance.CheckInWindow;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.checkin.CheckInLinks;

/**
 * The dates of the session an instructor opened, each with its check-in window, and its check-in code and QR
 * link only when the reader may mark attendance (the codes are then read through the service that checks it);
 * one date is selected, the one whose attendance the form marks.
 *
 * @author Livsviktig
 */
public class MySessionCheckInDates {

	/**
	 * @param markAttendance whether the reader may mark attendance on the session, so may read its codes
	 */
	public MySessionCheckInDates(
		RenderRequest renderRequest, AttendanceService attendanceService,
		CourseSessionService courseSessionService, CheckInLinks checkInLinks,
		DateTimeRangeFormat dateTimeRangeFormat, long courseSessionId,
		boolean markAttendance, Date now) {

		_renderRequest = renderRequest;
		_attendanceService = attendanceService;
		_courseSessionService = courseSessionService;
		_checkInLinks = checkInLinks;
		_dateTimeRangeFormat = dateTimeRangeFormat;
		_courseSessionId = courseSessionId;
		_markAttendance = markAttendance;
		_now = now;
	}

	public List<CheckInDate> get() throws PortalException {
		List<SessionDate> sessionDates;

		if (_markAttendance) {
			sessionDates = _attendanceService.getCheckInSessionDates(
				_courseSessionId);
		}
		else {
			sessionDates = _courseSessionService.getSessionDates(
				_courseSessionId);
		}

		long selectedSessionDateId = _getSelectedSessionDateId(sessionDates);

		List<CheckInDate> checkInDates = new ArrayList<>();

		for (SessionDate sessionDate : sessionDates) {
			checkInDates.add(
				_toCheckInDate(
					sessionDate,
					sessionDate.getSessionDateId() == selectedSessionDateId));
		}

		return checkInDates;
	}

	/**
	 * @return the date asked for; else the one whose check-in is open now; else the last that has started;
	 *         else the first
	 */
	private long _getSelectedSessionDateId(List<SessionDate> sessionDates) {
		if (sessionDates.isEmpty()) {
			return 0;
		}

		long sessionDateId = ParamUtil.getLong(_renderRequest, "sessionDateId");

		for (SessionDate sessionDate : sessionDates) {
			if (sessionDate.getSessionDateId() == sessionDateId) {
				return sessionDateId;
			}
		}

		SessionDate lastStarted = null;

		for (SessionDate sessionDate : sessionDates) {
			if (_isOpen(sessionDate)) {
				return sessionDate.getSessionDateId();
			}

			if (_isStarted(sessionDate)) {
				lastStarted = sessionDate;
			}
		}

		if (lastStarted != null) {
			return lastStarted.getSessionDateId();
		}

		return sessionDates.get(
			0
		).getSessionDateId();
	}

	private boolean _isOpen(SessionDate sessionDate) {
		return CheckInWindow.isOpen(sessionDate, _now);
	}

	private boolean _isStarted(SessionDate sessionDate) {
		return CheckInWindow.hasOpened(sessionDate, _now);
	}

	private CheckInDate _toCheckInDate(
			SessionDate sessionDate, boolean selected)
		throws PortalException {

		String windowStateKey = "check-in-has-closed";

		if (_isOpen(sessionDate)) {
			windowStateKey = "check-in-is-open-now";
		}
		else if (!_isStarted(sessionDate)) {
			windowStateKey = "check-in-has-not-opened-yet";
		}

		String code = "";
		String checkInURL = null;

		if (_markAttendance) {
			code = sessionDate.getCheckInCode();
			checkInURL = _checkInLinks.getCheckInURL(
				sessionDate.getGroupId(), _courseSessionId, code);
		}

		return new CheckInDate(
			sessionDate.getSessionDateId(),
			_dateTimeRangeFormat.format(
				sessionDate.getStartDate(), sessionDate.getEndDate()),
			code, checkInURL,
			_dateTimeRangeFormat.format(
				sessionDate.getCheckInOpenDate(),
				sessionDate.getCheckInCloseDate()),
			windowStateKey, _isStarted(sessionDate), selected);
	}

	private final AttendanceService _attendanceService;
	private final CheckInLinks _checkInLinks;
	private final long _courseSessionId;
	private final CourseSessionService _courseSessionService;
	private final DateTimeRangeFormat _dateTimeRangeFormat;
	private final boolean _markAttendance;
	private final Date _now;
	private final RenderRequest _renderRequest;

}
