package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.checkin.CheckInLinks;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What an instructor sees in Mina kurstillfällen: the sessions they teach or are invited to, with their answer;
 * and for the session they open ({@code courseSessionId}), when they may see its participants, the list with
 * dietary needs and completion, the dates with their check-in codes as QR codes (only when they may mark
 * attendance), and the attendance of one date ({@code sessionDateId}) to mark.
 *
 * Permission is decided here and in the remote services, never in the view: the session's participants need
 * VIEW_PARTICIPANTS, its codes and the attendance form MARK_ATTENDANCE, through the portal's model permission
 * for CourseSession (which grants both to the session's accepted instructors and to coordinators). The course,
 * session and method of the reader's own invitations are read from the local services: they describe an
 * invitation the remote service gave the reader. The list of sessions ({@link MySessionList}), the dates with
 * their codes ({@link MySessionCheckInDates}), the participants ({@link MySessionParticipants}) and the refusals
 * ({@link MySessionsErrors}) are classes of their own.
 *
 * @author Livsviktig
 */
public class MySessionsDisplayContext {

	public MySessionsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		SessionInstructorService sessionInstructorService,
		CourseSessionService courseSessionService,
		RegistrationService registrationService,
		AttendanceService attendanceService,
		CourseLocalService courseLocalService,
		CourseSessionLocalService courseSessionLocalService,
		TrainingMethodLocalService trainingMethodLocalService,
		ModelResourcePermission<CourseSession>
			courseSessionModelResourcePermission,
		CheckInLinks checkInLinks, Date now) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_sessionInstructorService = sessionInstructorService;
		_courseSessionService = courseSessionService;
		_registrationService = registrationService;
		_attendanceService = attendanceService;
		_courseLocalService = courseLocalService;
		_courseSessionLocalService = courseSessionLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_courseSessionModelResourcePermission =
			courseSessionModelResourcePermission;
		_checkInLinks = checkInLinks;
		_now = now;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_locale = _themeDisplay.getLocale();
		_zoneId = _themeDisplay.getTimeZone(
		).toZoneId();

		_dateTimeRangeFormat = new DateTimeRangeFormat(_locale, _zoneId);

		_selectedCourseSessionId = ParamUtil.getLong(
			renderRequest, "courseSessionId");
	}

	/**
	 * @return the session's dates, each with its check-in code and QR code when the reader may mark attendance
	 *         (otherwise without the code), or an empty list when no session is open or the reader may not see
	 *         its participants
	 */
	public List<CheckInDate> getCheckInDates() throws PortalException {
		if (_checkInDates != null) {
			return _checkInDates;
		}

		if (!isSessionShown()) {
			_checkInDates = new ArrayList<>();

			return _checkInDates;
		}

		_checkInDates = new MySessionCheckInDates(
			_renderRequest, _attendanceService, _courseSessionService,
			_checkInLinks, _dateTimeRangeFormat, _selectedCourseSessionId,
			isMarkAttendance(), _now
		).get();

		return _checkInDates;
	}

	/**
	 * @return whether the reader sees check-in codes that link to no check-in page, because no page of the
	 *         session's site holds the course catalogue: the QR codes then hold only the code
	 */
	public boolean isCheckInPageMissing() throws PortalException {
		for (CheckInDate checkInDate : getCheckInDates()) {
			if (Validator.isNotNull(checkInDate.getCode()) &&
				(checkInDate.getCheckInURL() == null)) {

				return true;
			}
		}

		return false;
	}

	public int getCompletedCount() throws PortalException {
		return _countParticipants(RegistrationConstants.STATUS_COMPLETED);
	}

	/**
	 * @return the participants still confirmed: their completion is decided when attendance is marked
	 */
	public int getConfirmedCount() throws PortalException {
		return _countParticipants(RegistrationConstants.STATUS_CONFIRMED);
	}

	/**
	 * @return why the last action was refused, as Language keys, for the error summary
	 */
	public List<FormError> getErrors() {
		return new MySessionsErrors(
			_renderRequest, _locale, _zoneId
		).get();
	}

	public List<MySession> getMySessions() throws PortalException {
		if (_mySessions == null) {
			_mySessions = new MySessionList(
				_sessionInstructorService, _courseLocalService,
				_courseSessionLocalService, _trainingMethodLocalService,
				_locale, _dateTimeRangeFormat, _selectedCourseSessionId
			).get();
		}

		return _mySessions;
	}

	public int getNoShowCount() throws PortalException {
		return _countParticipants(RegistrationConstants.STATUS_NO_SHOW);
	}

	public int getNotCompletedCount() throws PortalException {
		return _countParticipants(RegistrationConstants.STATUS_NOT_COMPLETED);
	}

	/**
	 * @return the session's participants, with their attendance on the selected date, or an empty list when no
	 *         session is open or the reader may not see its participants
	 */
	public List<SessionParticipant> getParticipants() throws PortalException {
		if (_participants == null) {
			_participants = _getMySessionParticipants().get(
				getSelectedCheckInDate());
		}

		return _participants;
	}

	/**
	 * @return the date whose attendance the form marks, or null when the session has no dates
	 */
	public CheckInDate getSelectedCheckInDate() throws PortalException {
		for (CheckInDate checkInDate : getCheckInDates()) {
			if (checkInDate.isSelected()) {
				return checkInDate;
			}
		}

		return null;
	}

	public long getSelectedCourseSessionId() {
		return _selectedCourseSessionId;
	}

	/**
	 * @return the open session's course title, or empty when none is shown
	 */
	public String getSelectedSessionTitle() throws PortalException {
		if (_selectedSessionTitle != null) {
			return _selectedSessionTitle;
		}

		_selectedSessionTitle = "";

		if (!isSessionShown()) {
			return _selectedSessionTitle;
		}

		CourseSession courseSession = _courseSessionService.getCourseSession(
			_selectedCourseSessionId);

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		if (course != null) {
			_selectedSessionTitle = course.getTitle(_locale);
		}

		return _selectedSessionTitle;
	}

	/**
	 * @return the Language key that says what the last action did, or null when there was none
	 */
	public String getSuccessMessageKey() {
		for (Map.Entry<String, String> entry :
				MySessionsMessages.getSuccessKeys(
				).entrySet()) {

			if (SessionMessages.contains(_renderRequest, entry.getKey())) {
				return entry.getValue();
			}
		}

		return null;
	}

	/**
	 * @return the page that opens a session, and one of its dates when the id is above 0
	 */
	public String getViewURL(long courseSessionId, long sessionDateId) {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_MY_SESSIONS
		).setParameter(
			"courseSessionId", courseSessionId
		).buildPortletURL();

		if (sessionDateId > 0) {
			portletURL.getRenderParameters(
			).setValue(
				"sessionDateId", String.valueOf(sessionDateId)
			);
		}

		return portletURL.toString();
	}

	/**
	 * @return whether the reader may mark attendance on the open session and read its check-in codes
	 */
	public boolean isMarkAttendance() throws PortalException {
		return _contains(TrainingActionKeys.MARK_ATTENDANCE);
	}

	/**
	 * @return whether a session was asked for that the reader may not see the participants of (or that does not
	 *         exist): the page says so instead of showing it
	 */
	public boolean isSessionRefused() throws PortalException {
		if ((_selectedCourseSessionId > 0) && !isSessionShown()) {
			return true;
		}

		return false;
	}

	/**
	 * @return whether a session is open and the reader may see its participants
	 */
	public boolean isSessionShown() throws PortalException {
		if (_selectedCourseSessionId <= 0) {
			return false;
		}

		return _contains(TrainingActionKeys.VIEW_PARTICIPANTS);
	}

	private boolean _contains(String actionId) {
		if (_selectedCourseSessionId <= 0) {
			return false;
		}

		return _permissions.computeIfAbsent(
			actionId,
			key -> {
				try {
					return _courseSessionModelResourcePermission.contains(
						_themeDisplay.getPermissionChecker(),
						_selectedCourseSessionId, key);
				}
				catch (PortalException portalException) {
					return false;
				}
			});
	}

	private int _countParticipants(int status) throws PortalException {
		return _getMySessionParticipants().count(status);
	}

	private MySessionParticipants _getMySessionParticipants()
		throws PortalException {

		if (_mySessionParticipants == null) {
			_mySessionParticipants = new MySessionParticipants(
				_registrationService, _attendanceService,
				_selectedCourseSessionId, isSessionShown());
		}

		return _mySessionParticipants;
	}

	private final AttendanceService _attendanceService;
	private List<CheckInDate> _checkInDates;
	private final CheckInLinks _checkInLinks;
	private final CourseLocalService _courseLocalService;
	private final ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;
	private final CourseSessionLocalService _courseSessionLocalService;
	private final CourseSessionService _courseSessionService;
	private final DateTimeRangeFormat _dateTimeRangeFormat;
	private final Locale _locale;
	private MySessionParticipants _mySessionParticipants;
	private List<MySession> _mySessions;
	private final Date _now;
	private List<SessionParticipant> _participants;
	private final Map<String, Boolean> _permissions = new HashMap<>();
	private final RegistrationService _registrationService;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final long _selectedCourseSessionId;
	private String _selectedSessionTitle;
	private final SessionInstructorService _sessionInstructorService;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final ZoneId _zoneId;

}
