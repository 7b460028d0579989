package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.exception.AttendanceSessionDateException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.RegistrationStatusException;
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
import se.livsviktig.training.web.internal.checkin.CheckInQrCode;

/**
 * What Mina kurstillfällen shows in each state: no sessions; invited, accepted and declined sessions; a session
 * opened with its participants (with and without dietary needs), their attendance and completion; check-in
 * codes only to those who may mark attendance, with their windows open, not yet open or closed; a session the
 * reader may not see; and the messages after an action.
 *
 * @author Livsviktig
 */
public class MySessionsDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws PortalException {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen, Solna"
		);
		when(
			_courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_TRAINING_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			courseSession.getTrainingMethodId()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			courseSession.getVenueName()
		).thenReturn(
			"Stadshuset, sal 3"
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			"Solna"
		);
		when(
			_courseSessionLocalService.fetchCourseSession(anyLong())
		).thenReturn(
			courseSession
		);
		when(
			_courseSessionService.getCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);

		_sessionDates = Arrays.asList(
			_sessionDate(
				_FIRST_DATE_ID, "2026-12-02T08:00:00Z", "2026-12-02T15:00:00Z",
				"CLOSED"),
			_sessionDate(
				_SECOND_DATE_ID, "2026-12-09T08:00:00Z", "2026-12-09T15:00:00Z",
				"OPEN23"),
			_sessionDate(
				_THIRD_DATE_ID, "2026-12-16T08:00:00Z", "2026-12-16T15:00:00Z",
				"LATER4"));

		when(
			_courseSessionLocalService.getSessionDates(anyLong())
		).thenReturn(
			_sessionDates
		);
	}

	@Test
	public void aSessionTheReaderMayNotSeeIsRefusedAndNothingOfItIsRead()
		throws PortalException {

		_openSession();

		MySessionsDisplayContext displayContext = _displayContext();

		assertFalse(displayContext.isSessionShown());
		assertTrue(displayContext.isSessionRefused());
		assertTrue(displayContext.getParticipants().isEmpty());
		assertTrue(displayContext.getCheckInDates().isEmpty());
		assertEquals("", displayContext.getSelectedSessionTitle());

		verify(
			_registrationService, never()
		).getCourseSessionRegistrations(
			anyLong(), any(), anyInt(), anyInt()
		);
		verify(
			_attendanceService, never()
		).getCheckInSessionDates(
			anyLong()
		);
	}

	@Test
	public void attendanceOnTheSelectedDateIsShownPerParticipant()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants(
			_registration(
				501, "Anna Andersson", "",
				RegistrationConstants.STATUS_CONFIRMED),
			_registration(
				502, "Björn Berg", "", RegistrationConstants.STATUS_CONFIRMED),
			_registration(
				503, "Cecilia Cederlund", "",
				RegistrationConstants.STATUS_CONFIRMED));

		List<Attendance> attendances = Arrays.asList(
			_attendance(501, true, AttendanceConstants.SOURCE_CHECK_IN),
			_attendance(502, false, AttendanceConstants.SOURCE_MARKED));

		when(
			_attendanceService.getSessionDateAttendances(_SECOND_DATE_ID)
		).thenReturn(
			attendances
		);

		List<SessionParticipant> participants =
			_displayContext().getParticipants();

		assertEquals(Boolean.TRUE, participants.get(0).getPresent());
		assertTrue(participants.get(0).isCheckedIn());
		assertEquals(Boolean.FALSE, participants.get(1).getPresent());
		assertFalse(participants.get(1).isCheckedIn());
		assertNull(participants.get(2).getPresent(), "nobody marked her yet");
	}

	@Test
	public void checkInCodesAreHiddenFromThoseWhoMayOnlySeeTheParticipants()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_participants();

		when(
			_courseSessionService.getSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			_sessionDates
		);

		MySessionsDisplayContext displayContext = _displayContext();

		assertTrue(displayContext.isSessionShown());
		assertFalse(displayContext.isMarkAttendance());

		List<CheckInDate> checkInDates = displayContext.getCheckInDates();

		assertEquals(3, checkInDates.size());

		for (CheckInDate checkInDate : checkInDates) {
			assertEquals("", checkInDate.getCode());
		}

		verify(
			_attendanceService, never()
		).getCheckInSessionDates(
			anyLong()
		);
	}

	@Test
	public void aQrCodeCarriesTheLinkToTheSessionsCheckInPage()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants();

		String checkInURL =
			"https://intranat.sundsvall.se/web/utbildning/kurskatalog?" +
				"checkInCode=OPEN23";

		when(
			_checkInLinks.getCheckInURL(
				anyLong(), eq(_COURSE_SESSION_ID), eq("OPEN23"))
		).thenReturn(
			checkInURL
		);

		MySessionsDisplayContext displayContext = _displayContext();

		CheckInDate openDate = displayContext.getCheckInDates(
		).get(
			1
		);

		assertEquals(checkInURL, openDate.getCheckInURL());
		assertEquals(
			CheckInQrCode.toSvg(checkInURL, "QR"), openDate.getQrSvg("QR"),
			"the QR code holds the link, not the bare code");
		assertTrue(
			displayContext.isCheckInPageMissing(),
			"the other dates have no link in this double");

		when(
			_checkInLinks.getCheckInURL(anyLong(), anyLong(), anyString())
		).thenReturn(
			checkInURL
		);

		assertFalse(_displayContext().isCheckInPageMissing());
	}

	@Test
	public void withoutACataloguePageTheQrCodeHoldsTheCodeAndThePageSaysWhy()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants();

		MySessionsDisplayContext displayContext = _displayContext();

		CheckInDate openDate = displayContext.getCheckInDates(
		).get(
			1
		);

		assertNull(openDate.getCheckInURL());
		assertEquals(
			CheckInQrCode.toSvg("OPEN23", "QR"), openDate.getQrSvg("QR"));
		assertTrue(displayContext.isCheckInPageMissing());
	}

	@Test
	public void checkInWindowsAreOpenNotYetOpenOrClosedAndTheOpenDateIsSelected()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants();

		List<CheckInDate> checkInDates = _displayContext().getCheckInDates();

		assertEquals(
			Arrays.asList("CLOSED", "OPEN23", "LATER4"),
			Arrays.asList(
				checkInDates.get(0).getCode(), checkInDates.get(1).getCode(),
				checkInDates.get(2).getCode()));
		assertEquals(
			Arrays.asList(
				"check-in-has-closed", "check-in-is-open-now",
				"check-in-has-not-opened-yet"),
			Arrays.asList(
				checkInDates.get(0).getWindowStateKey(),
				checkInDates.get(1).getWindowStateKey(),
				checkInDates.get(2).getWindowStateKey()));
		assertTrue(checkInDates.get(0).isStarted());
		assertTrue(checkInDates.get(1).isStarted());
		assertFalse(
			checkInDates.get(2).isStarted(),
			"attendance cannot be marked before check-in opens");
		assertFalse(checkInDates.get(0).isSelected());
		assertTrue(
			checkInDates.get(1).isSelected(),
			"the date whose check-in is open is the one to mark");
		assertEquals("9 dec. 2026 09:00–16:00", checkInDates.get(1).getLabel());
		assertEquals(
			"9 dec. 2026 08:30–16:00", checkInDates.get(1).getWindow(),
			"the window opens half an hour before the start");

		String svg = checkInDates.get(
			1
		).getQrSvg(
			"QR-kod för incheckningskoden OPEN23"
		);

		assertTrue(svg.startsWith("<svg "), svg);
		assertTrue(
			svg.contains("aria-label=\"QR-kod för incheckningskoden OPEN23\""),
			svg);
	}

	@Test
	public void dateAskedForIsSelectedAndWithoutOneTheLastStartedIs()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants();

		when(
			_renderRequest.getParameter("sessionDateId")
		).thenReturn(
			String.valueOf(_THIRD_DATE_ID)
		);

		assertEquals(
			_THIRD_DATE_ID,
			_displayContext().getSelectedCheckInDate().getSessionDateId());

		when(
			_renderRequest.getParameter("sessionDateId")
		).thenReturn(
			null
		);

		_now = _date("2026-12-12T12:00:00Z");

		assertEquals(
			_SECOND_DATE_ID,
			_displayContext().getSelectedCheckInDate().getSessionDateId(),
			"between dates, the last one that started");
	}

	@Test
	public void invitedAcceptedAndDeclinedSessionsAreListedWithTheAnswer()
		throws PortalException {

		_mySessionInstructors(
			_sessionInstructor(
				701, 801, SessionInstructorConstants.STATUS_INVITED,
				"Kan du ta förmiddagen?"),
			_sessionInstructor(
				702, _COURSE_SESSION_ID,
				SessionInstructorConstants.STATUS_ACCEPTED, ""),
			_sessionInstructor(
				703, 803, SessionInstructorConstants.STATUS_DECLINED, ""));

		_openSession();

		List<MySession> mySessions = _displayContext().getMySessions();

		assertEquals(3, mySessions.size());

		MySession invited = mySessions.get(0);

		assertTrue(invited.isInvited());
		assertEquals("instructor-status-invited", invited.getStatusKey());
		assertEquals("Kan du ta förmiddagen?", invited.getInvitationMessage());
		assertEquals(701, invited.getSessionInstructorId());
		assertFalse(invited.isSelected());

		MySession accepted = mySessions.get(1);

		assertTrue(accepted.isAccepted());
		assertEquals("instructor-status-accepted", accepted.getStatusKey());
		assertTrue(accepted.isSelected());
		assertEquals("MHFA Vuxen, Solna", accepted.getCourseTitle());
		assertEquals("MHFA Vuxen", accepted.getTrainingMethodName());
		assertEquals("Stadshuset, sal 3, Solna", accepted.getPlace());
		assertEquals(
			Arrays.asList(
				"2 dec. 2026 09:00–16:00", "9 dec. 2026 09:00–16:00",
				"16 dec. 2026 09:00–16:00"),
			accepted.getDates());
		assertEquals(
			"MHFA Vuxen, Solna, 2 dec. 2026 09:00–16:00",
			accepted.getSubject());

		MySession declined = mySessions.get(2);

		assertTrue(declined.isDeclined());
		assertEquals("instructor-status-declined", declined.getStatusKey());
	}

	@Test
	public void noSessionsYetShowsNothingToOpen() throws PortalException {
		_mySessionInstructors();

		MySessionsDisplayContext displayContext = _displayContext();

		assertTrue(displayContext.getMySessions().isEmpty());
		assertFalse(displayContext.isSessionShown());
		assertFalse(displayContext.isSessionRefused());
		assertTrue(displayContext.getParticipants().isEmpty());
		assertTrue(displayContext.getErrors().isEmpty());
		assertNull(displayContext.getSuccessMessageKey());
	}

	@Test
	public void participantsShowDietaryNeedsWhereGivenAndTheCompletionState()
		throws PortalException {

		_openSession();
		_grant(TrainingActionKeys.VIEW_PARTICIPANTS);
		_grant(TrainingActionKeys.MARK_ATTENDANCE);
		_participants(
			_registration(
				501, "Anna Andersson", " Glutenfri ",
				RegistrationConstants.STATUS_COMPLETED),
			_registration(
				502, "Björn Berg", null, RegistrationConstants.STATUS_NO_SHOW),
			_registration(
				503, "Cecilia Cederlund", "",
				RegistrationConstants.STATUS_NOT_COMPLETED),
			_registration(
				504, "David Dahl", "Vegansk",
				RegistrationConstants.STATUS_CONFIRMED));

		MySessionsDisplayContext displayContext = _displayContext();

		List<SessionParticipant> participants =
			displayContext.getParticipants();

		assertEquals(4, participants.size());
		assertEquals("Anna Andersson", participants.get(0).getName());
		assertEquals("Glutenfri", participants.get(0).getDietaryNeeds());
		assertEquals("", participants.get(1).getDietaryNeeds());
		assertEquals("", participants.get(2).getDietaryNeeds());
		assertEquals("Vegansk", participants.get(3).getDietaryNeeds());
		assertEquals(
			Arrays.asList(
				"registration-status-completed", "registration-status-no-show",
				"registration-status-not-completed",
				"registration-status-confirmed"),
			Arrays.asList(
				participants.get(0).getStatusKey(),
				participants.get(1).getStatusKey(),
				participants.get(2).getStatusKey(),
				participants.get(3).getStatusKey()));

		assertEquals(1, displayContext.getCompletedCount());
		assertEquals(1, displayContext.getNoShowCount());
		assertEquals(1, displayContext.getNotCompletedCount());
		assertEquals(1, displayContext.getConfirmedCount());
		assertEquals("MHFA Vuxen, Solna", displayContext.getSelectedSessionTitle());

		verify(
			_registrationService
		).getCourseSessionRegistrations(
			_COURSE_SESSION_ID, MySessionParticipants.PARTICIPANT_STATUSES,
			QueryUtil.ALL_POS, QueryUtil.ALL_POS
		);
	}

	@Test
	public void refusedAnswersAndRefusedAttendanceHaveTheirOwnMessages() {
		SessionErrors.add(
			_renderRequest, RegistrationStatusException.class.getName());

		assertEquals(
			Collections.singletonList(
				"someone-in-the-list-is-no-longer-registered-reload-the-page"),
			_messageKeys(_displayContext().getErrors()),
			"without an invitation in the parameters the refusal was of attendance");

		when(
			_renderRequest.getParameter("sessionInstructorId")
		).thenReturn(
			"701"
		);

		SessionErrors.add(
			_renderRequest, InstructorNotQualifiedException.class.getName());

		assertEquals(
			Arrays.asList(
				"this-invitation-has-already-been-answered",
				"you-are-not-certified-for-this-method-on-every-date-of-the-session"),
			_messageKeys(_displayContext().getErrors()));
	}

	@Test
	public void refusedPermissionAndDateNotStartedAreExplained() {
		SessionErrors.add(
			_renderRequest, AttendanceSessionDateException.class.getName());
		SessionErrors.add(_renderRequest, PrincipalException.class.getName());

		assertEquals(
			Arrays.asList(
				"attendance-can-be-marked-once-check-in-has-opened",
				"you-may-not-mark-attendance-on-this-session"),
			_messageKeys(_displayContext().getErrors()));
	}

	@Test
	public void successMessagesSayWhatWasDone() {
		SessionMessages.add(
			_renderRequest, MySessionsMessages.INVITATION_ACCEPTED);

		assertEquals(
			"you-accepted-the-invitation-the-session-is-in-your-list",
			_displayContext().getSuccessMessageKey());

		SessionMessages.clear(_renderRequest);

		SessionMessages.add(_renderRequest, MySessionsMessages.ATTENDANCE_SAVED);

		assertEquals(
			"the-attendance-was-saved",
			_displayContext().getSuccessMessageKey());
	}

	private static Date _date(String isoInstant) {
		return Date.from(
			ZonedDateTime.parse(
				isoInstant
			).toInstant());
	}

	private Attendance _attendance(
		long registrationId, boolean present, int source) {

		Attendance attendance = mock(Attendance.class);

		when(
			attendance.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			attendance.isPresent()
		).thenReturn(
			present
		);
		when(
			attendance.getSource()
		).thenReturn(
			source
		);

		return attendance;
	}

	private final CheckInLinks _checkInLinks = mock(CheckInLinks.class);

	private MySessionsDisplayContext _displayContext() {
		return new MySessionsDisplayContext(
			_renderRequest, _renderResponse, _sessionInstructorService,
			_courseSessionService, _registrationService, _attendanceService,
			_courseLocalService, _courseSessionLocalService,
			_trainingMethodLocalService, _modelResourcePermission,
			_checkInLinks, _now);
	}

	private void _grant(String actionId) throws PortalException {
		when(
			_modelResourcePermission.contains(
				any(), eq(_COURSE_SESSION_ID), eq(actionId))
		).thenReturn(
			true
		);
	}

	private List<String> _messageKeys(List<FormError> formErrors) {
		List<String> keys = new ArrayList<>();

		for (FormError formError : formErrors) {
			keys.add(formError.getMessageKey());
		}

		return keys;
	}

	private void _mySessionInstructors(SessionInstructor... sessionInstructors)
		throws PortalException {

		when(
			_sessionInstructorService.getMySessionInstructors(
				any(), eq(QueryUtil.ALL_POS), eq(QueryUtil.ALL_POS))
		).thenReturn(
			Arrays.asList(sessionInstructors)
		);
	}

	private void _openSession() throws PortalException {
		when(
			_renderRequest.getParameter("courseSessionId")
		).thenReturn(
			String.valueOf(_COURSE_SESSION_ID)
		);
		when(
			_attendanceService.getCheckInSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			_sessionDates
		);
	}

	private void _participants(Registration... registrations)
		throws PortalException {

		when(
			_registrationService.getCourseSessionRegistrations(
				eq(_COURSE_SESSION_ID), any(), eq(QueryUtil.ALL_POS),
				eq(QueryUtil.ALL_POS))
		).thenReturn(
			Arrays.asList(registrations)
		);
	}

	private Registration _registration(
		long registrationId, String userName, String dietaryNeeds, int status) {

		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getUserName()
		).thenReturn(
			userName
		);
		when(
			registration.getDietaryNeeds()
		).thenReturn(
			dietaryNeeds
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);

		return registration;
	}

	private SessionDate _sessionDate(
		long sessionDateId, String start, String end, String code) {

		SessionDate sessionDate = mock(SessionDate.class);

		Date startDate = _date(start);
		Date endDate = _date(end);

		when(
			sessionDate.getSessionDateId()
		).thenReturn(
			sessionDateId
		);
		when(
			sessionDate.getStartDate()
		).thenReturn(
			startDate
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			endDate
		);
		when(
			sessionDate.getCheckInCode()
		).thenReturn(
			code
		);
		when(
			sessionDate.getCheckInOpenDate()
		).thenReturn(
			new Date(startDate.getTime() - 30 * 60 * 1000)
		);
		when(
			sessionDate.getCheckInCloseDate()
		).thenReturn(
			endDate
		);

		return sessionDate;
	}

	private SessionInstructor _sessionInstructor(
		long sessionInstructorId, long courseSessionId, int status,
		String message) {

		SessionInstructor sessionInstructor = mock(SessionInstructor.class);

		when(
			sessionInstructor.getSessionInstructorId()
		).thenReturn(
			sessionInstructorId
		);
		when(
			sessionInstructor.getCourseSessionId()
		).thenReturn(
			courseSessionId
		);
		when(
			sessionInstructor.getStatus()
		).thenReturn(
			status
		);
		when(
			sessionInstructor.getMessage()
		).thenReturn(
			message
		);

		return sessionInstructor;
	}

	private static final long _COURSE_ID = 40101;

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _FIRST_DATE_ID = 60001;

	private static final long _SECOND_DATE_ID = 60002;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _THIRD_DATE_ID = 60003;

	private static final long _TRAINING_METHOD_ID = 40001;

	private final AttendanceService _attendanceService = mock(
		AttendanceService.class);
	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<CourseSession>
		_modelResourcePermission = mock(ModelResourcePermission.class);

	/**
	 * During the second date: the first is over, the third has not opened.
	 */
	private Date _now = _date("2026-12-09T10:00:00Z");

	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private List<SessionDate> _sessionDates;
	private final SessionInstructorService _sessionInstructorService = mock(
		SessionInstructorService.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
