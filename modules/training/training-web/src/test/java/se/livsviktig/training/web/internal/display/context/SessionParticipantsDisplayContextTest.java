package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceURL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.portlet.action.ParticipantListMissingException;

/**
 * What a coordinator sees of a session's participants: everyone in every state, the waitlist in order with
 * places, the requests waiting, attendance per date, the instructors' answers, where someone can be moved, and
 * after an action its outcome or why it was refused, at the field it is about.
 *
 * @author Livsviktig
 */
public class SessionParticipantsDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "cancellationReason", 1000
	).maxLength(
		Registration.class, "reviewComment", 1000
	);

	@Test
	public void aCoordinatorWhoMayNotSeeTheParticipantsGetsNoPage()
		throws Exception {

		when(
			_registrationService.getCourseSessionRegistrations(
				eq(_SESSION_ID), any(), eq(-1), eq(-1))
		).thenThrow(
			new PrincipalException.MustHavePermission(
				20125, CourseSession.class.getName(), _SESSION_ID,
				"VIEW_PARTICIPANTS")
		);

		assertThrows(PrincipalException.class, this::_displayContext);
	}

	@Test
	public void anImportReportIsShownAfterTheImport() throws Exception {
		RegistrationImportReport report = new RegistrationImportReport(
			Collections.emptyList(), false);

		SessionMessages.add(
			_renderRequest, SessionParticipantsDisplayContext.IMPORT_REPORT_KEY,
			report);

		assertSame(report, _displayContext().getImportReport());
	}

	@Test
	public void attendanceIsShownPerDateForThoseWithASeat() throws Exception {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getSessionDateId()
		).thenReturn(
			801L
		);
		when(
			sessionDate.getStartDate()
		).thenReturn(
			new java.util.Date(0)
		);
		when(
			_courseSessionLocalService.getSessionDates(_SESSION_ID)
		).thenReturn(
			Collections.singletonList(sessionDate)
		);

		Attendance present = mock(Attendance.class);

		when(
			present.getRegistrationId()
		).thenReturn(
			901L
		);
		when(
			present.getPresent()
		).thenReturn(
			true
		);

		Attendance absent = mock(Attendance.class);

		when(
			absent.getRegistrationId()
		).thenReturn(
			907L
		);

		when(
			_attendanceService.getSessionDateAttendances(801)
		).thenReturn(
			Arrays.asList(present, absent)
		);

		SessionParticipantsDisplayContext displayContext = _displayContext();

		assertEquals(
			Arrays.asList("Anna Andersson", "Gun Gustavsson", "Hans Holm"),
			_names(displayContext.getAttendance().getAttendanceParticipants()));

		SessionAttendanceDisplayContext.AttendanceDate attendanceDate =
			displayContext.getAttendance().getAttendanceDates(
			).get(
				0
			);

		assertEquals("present", attendanceDate.getPresenceKey(901));
		assertEquals("absent", attendanceDate.getPresenceKey(907));
		assertEquals("not-marked", attendanceDate.getPresenceKey(908));
	}

	@Test
	public void withoutAnInstructorAppNoCandidatesAreOffered()
		throws Exception {

		SessionParticipantsDisplayContext displayContext = _displayContext();

		assertFalse(displayContext.getStaffing().isInstructorCandidatesOffered());
		assertTrue(displayContext.getStaffing().getInstructorCandidates().isEmpty());
	}

	@Test
	public void theProviderIsAskedWithTheSessionsMethodAndEveryDatesStartAndEnd()
		throws Exception {

		SessionDate first = _sessionDate(801);
		SessionDate second = _sessionDate(802);

		java.util.Date firstEnd = new java.util.Date(3600000);
		java.util.Date secondStart = new java.util.Date(86400000);
		java.util.Date secondEnd = new java.util.Date(90000000);

		when(
			first.getEndDate()
		).thenReturn(
			firstEnd
		);
		when(
			second.getStartDate()
		).thenReturn(
			secondStart
		);
		when(
			second.getEndDate()
		).thenReturn(
			secondEnd
		);
		when(
			_courseSessionLocalService.getSessionDates(_SESSION_ID)
		).thenReturn(
			Arrays.asList(first, second)
		);
		when(
			_courseSession.getCompanyId()
		).thenReturn(
			20097L
		);
		when(
			_courseSession.getTrainingMethodId()
		).thenReturn(
			31L
		);

		InstructorCandidate atRisk = new InstructorCandidate(
			601, "Ida Instruktör", InstructorStanding.AT_RISK, 1);

		InstructorCandidateProvider provider = mock(
			InstructorCandidateProvider.class);

		when(
			provider.getCandidates(
				20097, _SESSION_ID, 31,
				Arrays.asList(
					new java.util.Date(0), firstEnd, secondStart, secondEnd))
		).thenReturn(
			Collections.singletonList(atRisk)
		);

		SessionParticipantsDisplayContext displayContext = _displayContext(
			provider);

		assertTrue(displayContext.getStaffing().isInstructorCandidatesOffered());
		assertEquals(
			Collections.singletonList(atRisk),
			displayContext.getStaffing().getInstructorCandidates());
		assertEquals(
			"instructor-standing-at-risk",
			displayContext.getStaffing().getInstructorStandingKey(atRisk));
		assertEquals(
			"instructor-standing-lapsed",
			displayContext.getStaffing().getInstructorStandingKey(
				new InstructorCandidate(
					602, "Jan", InstructorStanding.LAPSED, 0)));
		assertEquals(
			"instructor-standing-ok",
			displayContext.getStaffing().getInstructorStandingKey(
				new InstructorCandidate(603, "Kim", InstructorStanding.OK, 4)));
	}

	@Test
	public void aDateCountsAsMarkedOnceAnyoneIsMarkedOnIt() throws Exception {
		SessionDate marked = _sessionDate(801);
		SessionDate notMarked = _sessionDate(802);

		when(
			_courseSessionLocalService.getSessionDates(_SESSION_ID)
		).thenReturn(
			Arrays.asList(marked, notMarked)
		);

		Attendance absent = mock(Attendance.class);

		when(
			absent.getRegistrationId()
		).thenReturn(
			907L
		);
		when(
			_attendanceService.getSessionDateAttendances(801)
		).thenReturn(
			Collections.singletonList(absent)
		);

		assertEquals(1, _displayContext().getAttendance().getDatesWithAttendanceCount());
	}

	@Test
	public void aMoveOrCancellationIsForAPersonStillActiveOnTheSession()
		throws Exception {

		when(
			_renderRequest.getParameter("cancelRegistrationId")
		).thenReturn(
			"902"
		);

		assertEquals(
			"Bertil Berg",
			_displayContext().getChosenParticipant(
				"cancelRegistrationId"
			).getName());

		// 906 was cancelled already, 999 is not on this session

		for (String registrationId : new String[] {"906", "999", ""}) {
			when(
				_renderRequest.getParameter("moveRegistrationId")
			).thenReturn(
				registrationId
			);

			assertNull(
				_displayContext().getChosenParticipant("moveRegistrationId"),
				registrationId);
		}
	}

	@ParameterizedTest
	@CsvSource(
		{
			"'',participants", "waitlist,waitlist", "approvals,approvals",
			"attendance,attendance", "add,add", "message,message",
			"staffing,staffing", "move,move", "cancel,cancel",
			"nonsense,participants"
		}
	)
	public void thePageOpensOnTheListUnlessAKnownViewIsAskedFor(
			String view, String expected)
		throws Exception {

		when(
			_renderRequest.getParameter("view")
		).thenReturn(
			view
		);

		assertEquals(expected, _displayContext().getView());
	}

	@Test
	public void everyoneIsListedInQueueOrderWithTheirState() throws Exception {
		SessionParticipantsDisplayContext displayContext = _displayContext();

		List<AdminSessionParticipant> participants =
			displayContext.getParticipants();

		assertEquals(
			Arrays.asList(
				"registration-status-confirmed",
				"registration-status-waitlisted",
				"registration-status-pending-approval",
				"registration-status-waitlisted",
				"registration-status-offered",
				"registration-status-cancelled",
				"registration-status-completed",
				"registration-status-no-show"),
			participants.stream(
			).map(
				AdminSessionParticipant::getStatusKey
			).collect(
				Collectors.toList()
			));
		assertEquals(
			Arrays.asList(0, 1, 0, 2, 0, 0, 0, 0),
			participants.stream(
			).map(
				AdminSessionParticipant::getWaitlistPosition
			).collect(
				Collectors.toList()
			));
		assertEquals("Sjuk", participants.get(5).getCancellationReason());
		assertEquals(
			"anna@kommun.se", participants.get(0).getEmailAddress());
		assertEquals(
			Arrays.asList("Bertil Berg", "David Dahl"),
			_names(displayContext.getWaitlist()));
		assertEquals(
			Arrays.asList("Cecilia Carlsson"),
			_names(displayContext.getPendingApprovals()));
		assertEquals("MHFA Vuxen", displayContext.getCourseTitle());
	}

	@CsvSource(
		{
			"NoSuchUserException, add, participant, no-user-has-the-email-address-or-screen-name-x",
			"NoSuchUserException, invite, instructor, no-user-has-the-email-address-or-screen-name-x",
			"DuplicateRegistrationException, add, participant, the-person-is-already-registered-on-this-session",
			"DuplicateRegistrationException, move, targetCourseSessionId, the-person-is-already-registered-on-the-other-session",
			"NotInSessionAudienceException, move, targetCourseSessionId, the-person-is-not-in-the-sessions-audience",
			"MoveRegistrationTargetException, move, targetCourseSessionId, choose-another-session-of-the-same-course",
			"CancellationReasonException, cancel, cancelReason, give-a-reason-of-at-most-x-characters-after-the-cancellation-deadline-it-is-required",
			"CancellationReasonException, move, moveReason, a-reason-may-have-at-most-x-characters",
			"CancellationDeadlinePassedException, cancel, , the-cancellation-deadline-has-passed-only-someone-who-manages-the-participants-may-cancel",
			"RegistrationStatusException, waitlist, , the-registration-has-changed-meanwhile-see-its-state",
			"WaitlistReorderReasonException, waitlist, waitlistReason, give-a-reason-for-moving-someone-in-line",
			"WaitlistPositionException, waitlist, waitlistPosition, a-place-in-line-is-1-or-more",
			"ParticipantMessageSubjectException, message, messageSubject, write-a-subject-of-at-most-x-characters",
			"ParticipantMessageBodyException, message, messageBody, write-a-message-of-at-most-x-characters",
			"ParticipantMessageRecipientsException, message, messageRecipients, choose-at-least-one-recipient",
			"InstructorNotQualifiedException, invite, instructor, the-instructor-is-not-qualified-for-this-method-on-every-date",
			"DuplicateSessionInstructorException, invite, instructor, the-instructor-is-already-invited-to-this-session",
			"ParticipantListMissingException, import, csvFile, choose-a-csv-file-or-paste-a-list",
			"MustHavePermission, add, , you-do-not-have-permission-to-do-this"
		}
	)
	@ParameterizedTest
	public void eachRefusalIsExplainedAtItsField(
			String exceptionName, String form, String fieldName,
			String messageKey)
		throws Exception {

		PortalException portalException = _exceptions().get(exceptionName);

		SessionErrors.add(
			_renderRequest, portalException.getClass(), portalException);

		when(
			_renderRequest.getParameter("form")
		).thenReturn(
			form
		);

		List<FormError> errors = _displayContext().getErrors();

		assertEquals(1, errors.size());
		assertEquals(messageKey, errors.get(0).getMessageKey());
		assertEquals(fieldName, errors.get(0).getFieldName());
	}

	@Test
	public void instructorsAreShownWithTheirAnswers() throws Exception {
		List<SessionInstructor> sessionInstructors = new ArrayList<>();

		for (int status :
				new int[] {
					SessionInstructorConstants.STATUS_INVITED,
					SessionInstructorConstants.STATUS_ACCEPTED,
					SessionInstructorConstants.STATUS_DECLINED,
					SessionInstructorConstants.STATUS_WITHDRAWN
				}) {

			SessionInstructor sessionInstructor = mock(SessionInstructor.class);

			when(
				sessionInstructor.getStatus()
			).thenReturn(
				status
			);

			sessionInstructors.add(sessionInstructor);
		}

		when(
			_sessionInstructorService.getCourseSessionInstructors(
				eq(_SESSION_ID), any())
		).thenReturn(
			sessionInstructors
		);

		List<SessionStaffingDisplayContext.SessionInstructorRow> rows =
			_displayContext().getStaffing().getInstructors();

		assertEquals(
			Arrays.asList(
				"instructor-answer-invited", "instructor-answer-accepted",
				"instructor-answer-declined", "instructor-answer-withdrawn"),
			rows.stream(
			).map(
				SessionStaffingDisplayContext.SessionInstructorRow::
					getStatusKey
			).collect(
				Collectors.toList()
			));
		assertTrue(rows.get(0).isWithdrawable());
		assertTrue(!rows.get(3).isWithdrawable());
	}

	@Test
	public void someoneCanBeMovedToTheCoursesOtherSessions() throws Exception {
		CourseSession other = mock(CourseSession.class);

		when(
			other.getCourseSessionId()
		).thenReturn(
			4712L
		);
		when(
			other.getSeats()
		).thenReturn(
			20
		);
		when(
			other.getSeatsTaken()
		).thenReturn(
			18
		);
		when(
			other.getLocality()
		).thenReturn(
			"Göteborg"
		);

		when(
			_courseSessionLocalService.getCourseCourseSessions(
				70001, new int[] {CourseSessionConstants.STATUS_PUBLISHED})
		).thenReturn(
			Arrays.asList(_courseSession, other)
		);

		List<MoveTarget> moveTargets =
			_displayContext().getMoveTargets();

		assertEquals(1, moveTargets.size());
		assertEquals(4712, moveTargets.get(0).getCourseSessionId());
		assertEquals(2, moveTargets.get(0).getSeatsLeft());
		assertTrue(moveTargets.get(0).getLabel().endsWith(", Göteborg"));
	}

	@BeforeEach
	public void setUp() throws Exception {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_renderRequest.getParameter("courseSessionId")
		).thenReturn(
			String.valueOf(_SESSION_ID)
		);

		when(
			_courseSession.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			_courseSession.getCourseId()
		).thenReturn(
			70001L
		);
		when(
			_courseSessionService.getCourseSession(_SESSION_ID)
		).thenReturn(
			_courseSession
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_courseLocalService.fetchCourse(70001)
		).thenReturn(
			course
		);

		User anna = mock(User.class);

		when(
			anna.getEmailAddress()
		).thenReturn(
			"anna@kommun.se"
		);
		when(
			_userLocalService.fetchUser(501)
		).thenReturn(
			anna
		);

		List<Registration> registrations = Arrays.asList(
			_registration(
				901, 501, "Anna Andersson",
				RegistrationConstants.STATUS_CONFIRMED),
			_registration(
				902, 502, "Bertil Berg",
				RegistrationConstants.STATUS_WAITLISTED),
			_registration(
				903, 503, "Cecilia Carlsson",
				RegistrationConstants.STATUS_PENDING_APPROVAL),
			_registration(
				904, 504, "David Dahl",
				RegistrationConstants.STATUS_WAITLISTED),
			_registration(
				905, 505, "Eva Ek", RegistrationConstants.STATUS_OFFERED),
			_registration(
				906, 506, "Fredrik Fors",
				RegistrationConstants.STATUS_CANCELLED),
			_registration(
				907, 507, "Gun Gustavsson",
				RegistrationConstants.STATUS_COMPLETED),
			_registration(
				908, 508, "Hans Holm", RegistrationConstants.STATUS_NO_SHOW));

		when(
			registrations.get(
				5
			).getCancellationReason()
		).thenReturn(
			"Sjuk"
		);

		when(
			_registrationService.getCourseSessionRegistrations(
				_SESSION_ID, SessionParticipantsReader.ALL_STATUSES, -1, -1)
		).thenReturn(
			registrations
		);
	}

	@Test
	public void theOutcomeOfAnActionNamesThePersonEscapedAndTheStateInWords()
		throws Exception {

		when(
			kernelStatics.language(
			).get(
				any(Locale.class), anyString()
			)
		).thenAnswer(
			invocation -> "«" + invocation.getArgument(1) + "»"
		);

		SessionMessages.add(
			_renderRequest,
			SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY,
			new String[] {
				"x-was-registered-on-the-session-status-x", "Åsa <Öberg>",
				"registration-status-waitlisted"
			});

		FormError successMessage = _displayContext().getSuccessMessage();

		assertEquals(
			"x-was-registered-on-the-session-status-x",
			successMessage.getMessageKey());
		assertArrayEquals(
			new Object[] {
				"Åsa &lt;Öberg&gt;", "«registration-status-waitlisted»"
			},
			successMessage.getArguments());
		assertTrue(_displayContext().getErrors().isEmpty());
	}

	@Test
	public void theDownloadsLeadToTheExportCommandsOfThisSession()
		throws Exception {

		for (String resourceID :
				new String[] {
					"/training/admin/export_session_participants_csv",
					"/training/admin/export_session_participants_xlsx"
				}) {

			ResourceURL resourceURL = mock(
				ResourceURL.class, Mockito.RETURNS_DEEP_STUBS);

			when(
				_renderResponse.createResourceURL()
			).thenReturn(
				resourceURL
			);

			SessionParticipantsDisplayContext displayContext =
				_displayContext();

			if (resourceID.endsWith("csv")) {
				displayContext.getExportCsvURL();
			}
			else {
				displayContext.getExportXlsxURL();
			}

			Mockito.verify(
				resourceURL
			).setResourceID(
				resourceID
			);
			Mockito.verify(
				resourceURL.getResourceParameters()
			).setValue(
				"courseSessionId", String.valueOf(_SESSION_ID)
			);
		}
	}

	@Test
	public void withoutAnActionThereIsNoOutcome() throws Exception {
		SessionParticipantsDisplayContext displayContext = _displayContext();

		assertNull(displayContext.getSuccessMessage());
		assertNull(displayContext.getImportReport());
		assertTrue(displayContext.getErrors().isEmpty());
	}

	private SessionDate _sessionDate(long sessionDateId) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getSessionDateId()
		).thenReturn(
			sessionDateId
		);
		when(
			sessionDate.getStartDate()
		).thenReturn(
			new java.util.Date(0)
		);

		return sessionDate;
	}

	private SessionParticipantsDisplayContext _displayContext()
		throws PortalException {

		return _displayContext(null);
	}

	private SessionParticipantsDisplayContext _displayContext(
			InstructorCandidateProvider instructorCandidateProvider)
		throws PortalException {

		return new SessionParticipantsDisplayContext(
			_renderRequest, _renderResponse, _courseSessionService,
			_courseSessionLocalService,
			_courseLocalService, _attendanceService, _sessionInstructorService,
			new SessionParticipantsReader(
				_registrationService, _userLocalService,
				_organizationLocalService, _SWEDISH,
				TimeZone.getTimeZone(
					"Europe/Stockholm"
				).toZoneId()),
			instructorCandidateProvider);
	}

	private java.util.Map<String, PortalException> _exceptions() {
		java.util.Map<String, PortalException> exceptions =
			new java.util.HashMap<>();

		for (PortalException portalException :
				new PortalException[] {
					new NoSuchUserException(),
					new DuplicateRegistrationException(),
					new NotInSessionAudienceException(),
					new MoveRegistrationTargetException(),
					new CancellationReasonException(),
					new CancellationDeadlinePassedException(),
					new RegistrationStatusException(),
					new WaitlistReorderReasonException(),
					new WaitlistPositionException(),
					new ParticipantMessageSubjectException(),
					new ParticipantMessageBodyException(),
					new ParticipantMessageRecipientsException(),
					new InstructorNotQualifiedException(),
					new DuplicateSessionInstructorException(),
					new ParticipantListMissingException("none"),
					new PrincipalException.MustHavePermission(
						1, "x", 1, "MANAGE_PARTICIPANTS")
				}) {

			exceptions.put(
				portalException.getClass(
				).getSimpleName(),
				portalException);
		}

		return exceptions;
	}

	private List<String> _names(List<AdminSessionParticipant> participants) {
		return participants.stream(
		).map(
			AdminSessionParticipant::getName
		).collect(
			Collectors.toList()
		);
	}

	private Registration _registration(
		long registrationId, long userId, String userName, int status) {

		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getUserId()
		).thenReturn(
			userId
		);
		when(
			registration.getUserName()
		).thenReturn(
			userName
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);

		return registration;
	}

	private static final long _SESSION_ID = 4711;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final AttendanceService _attendanceService = mock(
		AttendanceService.class);
	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final SessionInstructorService _sessionInstructorService = mock(
		SessionInstructorService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
