package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.attendance.CheckInWindow;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
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
 * invitation the remote service gave the reader.
 *
 * @author Livsviktig
 */
public class MySessionsDisplayContext {

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

		List<CheckInDate> checkInDates = new ArrayList<>();

		if (!isSessionShown()) {
			_checkInDates = checkInDates;

			return _checkInDates;
		}

		List<SessionDate> sessionDates;

		if (isMarkAttendance()) {
			sessionDates = _attendanceService.getCheckInSessionDates(
				_selectedCourseSessionId);
		}
		else {
			sessionDates = _courseSessionService.getSessionDates(
				_selectedCourseSessionId);
		}

		long selectedSessionDateId = _getSelectedSessionDateId(sessionDates);

		for (SessionDate sessionDate : sessionDates) {
			checkInDates.add(
				_toCheckInDate(
					sessionDate,
					sessionDate.getSessionDateId() == selectedSessionDateId));
		}

		_checkInDates = checkInDates;

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
		List<FormError> errors = new ArrayList<>();

		Map<Class<? extends PortalException>, String> errorKeys =
			MySessionsMessages.getAttendanceErrorKeys();

		if (ParamUtil.getLong(_renderRequest, "sessionInstructorId") > 0) {
			errorKeys = MySessionsMessages.getInvitationErrorKeys();
		}

		for (Map.Entry<Class<? extends PortalException>, String> entry :
				errorKeys.entrySet()) {

			if (SessionErrors.contains(
					_renderRequest, entry.getKey().getName())) {

				FormError formError = new FormError(null, entry.getValue());

				if (entry.getKey() == InstructorNotQualifiedException.class) {
					formError = _INSTRUCTOR_NOT_QUALIFIED_MESSAGE.toFormError(
						null,
						SessionErrors.get(
							_renderRequest, entry.getKey().getName()),
						_locale, _zoneId);
				}

				boolean duplicate = false;

				for (FormError error : errors) {
					if (error.getMessageKey().equals(entry.getValue())) {
						duplicate = true;
					}
				}

				if (!duplicate) {
					errors.add(formError);
				}
			}
		}

		return errors;
	}

	public List<MySession> getMySessions() throws PortalException {
		if (_mySessions != null) {
			return _mySessions;
		}

		List<MySession> mySessions = new ArrayList<>();

		for (SessionInstructor sessionInstructor :
				_sessionInstructorService.getMySessionInstructors(
					_SHOWN_INSTRUCTOR_STATUSES, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			MySession mySession = _toMySession(sessionInstructor);

			if (mySession != null) {
				mySessions.add(mySession);
			}
		}

		_mySessions = mySessions;

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
		if (_participants != null) {
			return _participants;
		}

		List<SessionParticipant> participants = new ArrayList<>();

		if (!isSessionShown()) {
			_participants = participants;

			return _participants;
		}

		Map<Long, Attendance> attendances = new HashMap<>();

		CheckInDate selectedCheckInDate = getSelectedCheckInDate();

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

		_participants = participants;

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

		Course course = _getCourse(courseSession.getCourseId());

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
		int count = 0;

		for (Registration registration : _getRegistrations()) {
			if (registration.getStatus() == status) {
				count++;
			}
		}

		return count;
	}

	private String _format(Date start, Date end) {
		DateTimeFormatter dayFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		);
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofPattern(
			"HH:mm", _locale);

		ZonedDateTime startDateTime = _toZonedDateTime(start);
		ZonedDateTime endDateTime = _toZonedDateTime(end);

		if (startDateTime.toLocalDate(
			).equals(
				endDateTime.toLocalDate()
			)) {

			return dayFormatter.format(startDateTime) + " " +
				timeFormatter.format(startDateTime) + "–" +
					timeFormatter.format(endDateTime);
		}

		return dayFormatter.format(startDateTime) + " " +
			timeFormatter.format(startDateTime) + " – " +
				dayFormatter.format(endDateTime) + " " +
					timeFormatter.format(endDateTime);
	}

	private Course _getCourse(long courseId) {
		return _courses.computeIfAbsent(
			courseId, _courseLocalService::fetchCourse);
	}

	private String _getPlace(CourseSession courseSession) {
		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(),
					courseSession.getVenueAddress(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	private List<Registration> _getRegistrations() throws PortalException {
		if (_registrations != null) {
			return _registrations;
		}

		if (!isSessionShown()) {
			_registrations = new ArrayList<>();
		}
		else {
			_registrations = _registrationService.getCourseSessionRegistrations(
				_selectedCourseSessionId, PARTICIPANT_STATUSES,
				QueryUtil.ALL_POS, QueryUtil.ALL_POS);
		}

		return _registrations;
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

	private TrainingMethod _getTrainingMethod(long trainingMethodId) {
		return _trainingMethods.computeIfAbsent(
			trainingMethodId, _trainingMethodLocalService::fetchTrainingMethod);
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

		if (isMarkAttendance()) {
			code = sessionDate.getCheckInCode();
			checkInURL = _checkInLinks.getCheckInURL(
				sessionDate.getGroupId(), _selectedCourseSessionId, code);
		}

		return new CheckInDate(
			sessionDate.getSessionDateId(),
			_format(sessionDate.getStartDate(), sessionDate.getEndDate()), code,
			checkInURL,
			_format(
				sessionDate.getCheckInOpenDate(),
				sessionDate.getCheckInCloseDate()),
			windowStateKey, _isStarted(sessionDate), selected);
	}

	private MySession _toMySession(SessionInstructor sessionInstructor) {
		long courseSessionId = sessionInstructor.getCourseSessionId();

		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(courseSessionId);

		if (courseSession == null) {
			return null;
		}

		Course course = _getCourse(courseSession.getCourseId());
		TrainingMethod trainingMethod = _getTrainingMethod(
			courseSession.getTrainingMethodId());

		List<String> dates = new ArrayList<>();

		for (SessionDate sessionDate :
				_courseSessionLocalService.getSessionDates(courseSessionId)) {

			dates.add(
				_format(sessionDate.getStartDate(), sessionDate.getEndDate()));
		}

		return new MySession(
			sessionInstructor.getSessionInstructorId(), courseSessionId,
			(course == null) ? "" : course.getTitle(_locale),
			(trainingMethod == null) ? "" : trainingMethod.getName(_locale),
			dates, _getPlace(courseSession), sessionInstructor.getStatus(),
			sessionInstructor.getMessage(),
			courseSessionId == _selectedCourseSessionId);
	}

	private ZonedDateTime _toZonedDateTime(Date date) {
		return ZonedDateTime.ofInstant(date.toInstant(), _zoneId);
	}

	private static final String _REGISTRATION_STATUS_KEY_PREFIX =
		"registration-status-";

	private static final int[] _SHOWN_INSTRUCTOR_STATUSES = {
		SessionInstructorConstants.STATUS_INVITED,
		SessionInstructorConstants.STATUS_ACCEPTED,
		SessionInstructorConstants.STATUS_DECLINED
	};

	private static final InstructorNotQualifiedMessage
		_INSTRUCTOR_NOT_QUALIFIED_MESSAGE = new InstructorNotQualifiedMessage(
			"you-are-not-certified-for-x-on-x-contact-the-coordinator",
			"you-are-not-certified-for-this-method-on-every-date-of-the-session");

	private final AttendanceService _attendanceService;
	private List<CheckInDate> _checkInDates;
	private final CheckInLinks _checkInLinks;
	private final CourseLocalService _courseLocalService;
	private final Map<Long, Course> _courses = new HashMap<>();
	private final ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;
	private final CourseSessionLocalService _courseSessionLocalService;
	private final CourseSessionService _courseSessionService;
	private final Locale _locale;
	private List<MySession> _mySessions;
	private final Date _now;
	private List<SessionParticipant> _participants;
	private final Map<String, Boolean> _permissions = new HashMap<>();
	private List<Registration> _registrations;
	private final RegistrationService _registrationService;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final long _selectedCourseSessionId;
	private String _selectedSessionTitle;
	private final SessionInstructorService _sessionInstructorService;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final Map<Long, TrainingMethod> _trainingMethods = new HashMap<>();
	private final ZoneId _zoneId;

}
