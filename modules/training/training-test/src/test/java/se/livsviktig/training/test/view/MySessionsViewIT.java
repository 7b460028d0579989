package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingPortletKeys;
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
import se.livsviktig.training.web.internal.checkin.CheckInQrCode;
import se.livsviktig.training.web.internal.display.context.MySessionsMessages;
import se.livsviktig.training.web.internal.portlet.action.ViewMySessionsMVCRenderCommand;

/**
 * my_sessions/view.jsp as an instructor sees it, rendered by the real ViewMySessionsMVCRenderCommand and its
 * MySessionsDisplayContext: no sessions yet; invited, accepted and declined sessions; an accepted session opened
 * with its participants, check-in codes as QR codes and the attendance form; the same session for someone who
 * may see the participants but not mark attendance (no codes, no form); a session the reader may not see; after
 * an invitation was accepted; after marking attendance was refused.
 *
 * @author Livsviktig
 */
public class MySessionsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedAttendanceSaysWhyInAFocusedSummary(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"refused-attendance",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
			).parameter(
				"sessionDateId", String.valueOf(_OPEN_DATE_ID)
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, PrincipalException.class.getName());
					SessionErrors.add(
						renderRequest,
						RegistrationStatusException.class.getName());
				}
			),
			_mySessions(), _GRANTS_INSTRUCTOR);

		view.assertAlert(
			"danger", view.message("you-may-not-mark-attendance-on-this-session")
		).assertAlert(
			"danger",
			view.message(
				"someone-in-the-list-is-no-longer-registered-reload-the-page")
		).assertNone(
			".alert-success", "nothing was saved"
		);

		Assertions.assertEquals(
			"-1",
			view.select(
				"#" + view.getNamespace() + "errorSummary"
			).attr(
				"tabindex"
			),
			view.getName() + ": the summary can take the focus");
		Assertions.assertTrue(
			view.getHtml(
			).contains(
				"getElementById('" + view.getNamespace() +
					"errorSummary').focus()"
			),
			view.getName() + ": the summary takes the focus");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aSessionTheReaderMayNotSeeIsNotShown(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"refused-session",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
			),
			_mySessions());

		view.assertAlert(
			"warning",
			view.message("you-may-not-see-the-participants-of-this-session")
		).assertNone(
			"#" + view.getNamespace() + "participants",
			"no participant is shown"
		).assertNone(
			"svg[role=img]", "no check-in code is shown"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void afterAcceptingTheSessionOpens(Locale locale) throws Exception {
		RenderedView view = _render(
			"accepted",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, MySessionsMessages.INVITATION_ACCEPTED)
			),
			_mySessions(), _GRANTS_INSTRUCTOR);

		view.assertAlert(
			"success",
			view.message(
				"you-accepted-the-invitation-the-session-is-in-your-list")
		).assertNone(
			".alert-danger", "an answer given shows no error"
		);

		Assertions.assertEquals(
			1,
			view.select(
				"#" + view.getNamespace() + "participants"
			).size(),
			view.getName() + ": the accepted session's participants are shown");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void anOpenSessionShowsParticipantsCodesAndTheAttendanceForm(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"session-attendance",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
			),
			_mySessions(), _GRANTS_INSTRUCTOR);

		String namespace = view.getNamespace();

		view.assertHeading(
			3, "MHFA Vuxen, Solna"
		).assertText(
			view.message("x-completed", 1)
		).assertText(
			view.message("x-did-not-attend", 1)
		).assertText(
			view.message("x-still-to-be-decided", 2)
		).assertButton(
			view.message("save-attendance")
		).assertButton(
			view.message("mark-all-present")
		);

		// Check-in codes: one QR code per date, each with the code and its window as its text alternative

		Elements qrCodes = view.select(
			"#" + namespace + "checkInCodes svg[role=img]");

		Assertions.assertEquals(
			3, qrCodes.size(), view.getName() + ": a QR code for each date");

		Element openQrCode = qrCodes.get(1);

		// The QR code opens the session's check-in page in the catalogue with the code, as the help text says

		Assertions.assertEquals(
			Jsoup.parse(
				CheckInQrCode.toSvg(_checkInURL("OPEN23"), "")
			).select(
				"path"
			).attr(
				"d"
			),
			openQrCode.select(
				"path"
			).attr(
				"d"
			),
			view.getName() + ": the QR code holds the link to the check-in page");
		view.assertText(
			view.message("check-in-codes-help")
		).assertNone(
			".alert-warning",
			"the site has a catalogue page, so nothing warns about the links"
		);

		Assertions.assertTrue(
			openQrCode.attr(
				"aria-label"
			).startsWith(
				view.message("qr-code-for-check-in-code-x-valid-x", "OPEN23", "")
			),
			view.getName() + ": the QR code says its code: " +
				openQrCode.attr("aria-label"));
		Assertions.assertFalse(
			openQrCode.select(
				"path"
			).attr(
				"d"
			).isEmpty(),
			view.getName() + ": the QR code is drawn");
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "checkInCodes"
			).text(
			).contains(
				view.message("check-in-is-open-now")
			),
			view.getName() + ": the open date says so");
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "checkInCodes"
			).text(
			).contains(
				view.message("check-in-has-not-opened-yet")
			),
			view.getName() + ": the coming date says so");

		// The participants, in one table with a labelled checkbox each

		Elements rows = view.select(
			"#" + namespace + "participants tbody tr");

		Assertions.assertEquals(4, rows.size());
		Assertions.assertEquals(
			_PERSON_NAMES[2],
			rows.get(
				2
			).select(
				"th[scope=row]"
			).text(),
			view.getName() + ": a name is shown as written");
		Assertions.assertTrue(
			rows.get(
				2
			).select(
				"th b"
			).isEmpty(),
			view.getName() + ": a name is text, never markup");
		Assertions.assertTrue(
			rows.get(
				0
			).text(
			).contains(
				"Glutenfri"
			),
			view.getName() + ": dietary needs are shown");
		Assertions.assertTrue(
			rows.get(
				1
			).text(
			).contains(
				view.message("none-given")
			),
			view.getName() + ": no dietary needs says so");

		Element firstCheckbox = view.assertField(
			"present501", view.message("present"));

		Assertions.assertTrue(
			view.select(
				"label[for=" + namespace + "present501]"
			).text(
			).contains(
				_PERSON_NAMES[0]
			),
			view.getName() + ": each checkbox's label names its person");
		Assertions.assertTrue(
			firstCheckbox.hasAttr("checked"),
			view.getName() + ": someone who checked in is present");
		Assertions.assertFalse(
			view.select(
				"#" + namespace + "present502"
			).hasAttr(
				"checked"
			),
			view.getName() + ": someone marked absent is not checked");
		Assertions.assertTrue(
			rows.get(
				0
			).text(
			).contains(
				view.message("checked-in-with-the-code")
			),
			view.getName() + ": a self check-in is told apart");

		Element form = view.select(
			"form[name=" + namespace + "attendanceForm]"
		).first();

		Assertions.assertEquals("post", form.attr("method"));
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Ftraining%2Fmark_attendances"
			) &&
			form.attr(
				"action"
			).contains(
				"p_auth="
			),
			view.getName() + ": the form posts to the action with the CSRF token: " +
				form.attr("action"));
		Assertions.assertEquals(
			String.valueOf(_OPEN_DATE_ID),
			form.select(
				"input[type=hidden][name=" + namespace + "sessionDateId]"
			).attr(
				"value"
			),
			view.getName() + ": the date whose check-in is open is the one marked");
		Assertions.assertEquals(
			4,
			form.select(
				"input[type=hidden][name=" + namespace + "registrationIds]"
			).size(),
			view.getName() + ": the form says whom it lists");
		Assertions.assertEquals(
			"true",
			form.select(
				"button[name=" + namespace + "markAllPresent]"
			).attr(
				"value"
			),
			view.getName() + ": mark all present works without a script");

		// The dates to choose from, the current one marked

		Elements dateLinks = view.select("nav .nav-link");

		Assertions.assertEquals(3, dateLinks.size());
		Assertions.assertEquals(
			"true",
			dateLinks.get(
				1
			).attr(
				"aria-current"
			),
			view.getName() + ": the date shown is marked current");
		Assertions.assertTrue(
			dateLinks.get(
				2
			).attr(
				"href"
			).contains(
				"sessionDateId=" + _LATER_DATE_ID
			),
			view.getName() + ": another date opens with its own link");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void invitedAcceptedAndDeclinedSessionsAreListed(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"invited", ViewRequest.in(locale), _mySessions());

		view.assertTableRows(
			3
		).assertButton(
			view.message("accept-invitation") + " " +
				view.message(
					"the-invitation-to-x",
					"YAM, Sundbyberg, " + _firstDate(view))
		).assertButton(
			view.message("decline-invitation") + " " +
				view.message(
					"the-invitation-to-x",
					"YAM, Sundbyberg, " + _firstDate(view))
		).assertText(
			view.message("instructor-status-invited")
		).assertText(
			view.message("instructor-status-accepted")
		).assertText(
			view.message("instructor-status-declined")
		).assertLink(
			view.message("participants-and-attendance"),
			"courseSessionId=" + _COURSE_SESSION_ID
		).assertNone(
			"#" + view.getNamespace() + "participants",
			"no session is opened until asked for"
		);

		Element invitedRow = view.select(
			"tbody tr"
		).first();

		Assertions.assertTrue(
			invitedRow.text(
			).contains(
				"Kan du ta <b>förmiddagen</b>?"
			),
			view.getName() + ": the coordinator's message is shown as written");
		Assertions.assertTrue(
			invitedRow.select(
				"b"
			).isEmpty(),
			view.getName() + ": the message is text, never markup");

		Element form = invitedRow.select(
			"form"
		).first();

		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Ftraining%2Frespond_to_invitation"
			),
			view.getName() + ": the answer posts to its action");
		Assertions.assertEquals(
			"701",
			form.select(
				"input[type=hidden][name=" + view.getNamespace() +
					"sessionInstructorId]"
			).attr(
				"value"
			));
		Assertions.assertEquals(
			Arrays.asList("accept", "decline"),
			form.select(
				"button[name=" + view.getNamespace() + "answer]"
			).eachAttr(
				"value"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void noSessionsYet(Locale locale) throws Exception {
		RenderedView view = _render(
			"none", ViewRequest.in(locale), Collections.emptyList());

		view.assertHeading(
			2, view.message("my-sessions")
		).assertText(
			view.message("you-have-no-sessions-to-teach-yet")
		).assertNone(
			"table", "nothing to list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void withoutMarkAttendanceTheParticipantsShowWithoutCodesOrForm(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"participants-only",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
			),
			_mySessions(), TrainingActionKeys.VIEW_PARTICIPANTS);

		view.assertNone(
			"svg[role=img]", "no QR code without MARK_ATTENDANCE"
		).assertNone(
			"form[name=" + view.getNamespace() + "attendanceForm]",
			"no attendance form without MARK_ATTENDANCE"
		).assertNone(
			"input[type=checkbox]", "attendance is read, not marked"
		);

		Assertions.assertFalse(
			view.getHtml(
			).contains(
				"OPEN23"
			),
			view.getName() + ": the code is nowhere in the page");
		Assertions.assertEquals(
			4,
			view.select(
				"#" + view.getNamespace() + "participants tbody tr"
			).size());

		Elements firstRow = view.select(
			"#" + view.getNamespace() + "participants tbody tr:eq(0)");

		Assertions.assertTrue(
			firstRow.text(
			).contains(
				view.message("present")
			),
			view.getName() + ": attendance is shown as text");
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "participants tbody tr"
			).get(
				3
			).text(
			).contains(
				view.message("not-marked")
			),
			view.getName() + ": nobody marked says so");

		_viewHarness.assertAccessible(view);
	}

	private static Date _afterNow(long amount, TimeUnit timeUnit) {
		return new Date(System.currentTimeMillis() + timeUnit.toMillis(amount));
	}

	private static Attendance _attendance(
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

	private static CourseSession _courseSession(
		long courseSessionId, long courseId) {

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			courseSessionId
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			courseId
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

		return courseSession;
	}

	/**
	 * @return the first date as the page formats it, read from the page's own list
	 */
	private static String _firstDate(RenderedView view) {
		return view.select(
			"tbody tr td li"
		).first(
		).text();
	}

	private static List<SessionInstructor> _mySessions() {
		return Arrays.asList(
			_sessionInstructor(
				701, _OTHER_COURSE_SESSION_ID,
				SessionInstructorConstants.STATUS_INVITED,
				"Kan du ta <b>förmiddagen</b>?"),
			_sessionInstructor(
				702, _COURSE_SESSION_ID,
				SessionInstructorConstants.STATUS_ACCEPTED, ""),
			_sessionInstructor(
				703, _DECLINED_COURSE_SESSION_ID,
				SessionInstructorConstants.STATUS_DECLINED, ""));
	}

	private static Registration _registration(
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

	private static SessionDate _sessionDate(
		long sessionDateId, Date startDate, Date endDate, String code) {

		SessionDate sessionDate = mock(SessionDate.class);

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
			new Date(startDate.getTime() - TimeUnit.MINUTES.toMillis(30))
		);
		when(
			sessionDate.getCheckInCloseDate()
		).thenReturn(
			endDate
		);

		return sessionDate;
	}

	/**
	 * Three dates around now: one over, one going on (check-in open), one next week.
	 */
	private static List<SessionDate> _sessionDates() {
		return Arrays.asList(
			_sessionDate(
				_PAST_DATE_ID, _afterNow(-8 * 24, TimeUnit.HOURS),
				_afterNow(-8 * 24 + 7, TimeUnit.HOURS), "PAST22"),
			_sessionDate(
				_OPEN_DATE_ID, _afterNow(-1, TimeUnit.HOURS),
				_afterNow(6, TimeUnit.HOURS), "OPEN23"),
			_sessionDate(
				_LATER_DATE_ID, _afterNow(7 * 24, TimeUnit.HOURS),
				_afterNow(7 * 24 + 7, TimeUnit.HOURS), "LATER4"));
	}

	private static SessionInstructor _sessionInstructor(
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

	@SuppressWarnings("unchecked")
	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<SessionInstructor> sessionInstructors, String... grants)
		throws Exception {

		Locale locale = viewRequest.getLocale();

		SessionInstructorService sessionInstructorService = mock(
			SessionInstructorService.class);

		when(
			sessionInstructorService.getMySessionInstructors(
				any(), eq(-1), eq(-1))
		).thenReturn(
			sessionInstructors
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(locale)
		).thenReturn(
			"MHFA Vuxen, Solna"
		);

		Course otherCourse = mock(Course.class);

		when(
			otherCourse.getTitle(locale)
		).thenReturn(
			"YAM, Sundbyberg"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(anyLong())
		).thenReturn(
			course
		);
		when(
			courseLocalService.fetchCourse(_OTHER_COURSE_ID)
		).thenReturn(
			otherCourse
		);

		CourseSession courseSession = _courseSession(
			_COURSE_SESSION_ID, _COURSE_ID);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);
		CourseSession otherCourseSession = _courseSession(
			_OTHER_COURSE_SESSION_ID, _OTHER_COURSE_ID);

		when(
			courseSessionLocalService.fetchCourseSession(
				_OTHER_COURSE_SESSION_ID)
		).thenReturn(
			otherCourseSession
		);

		CourseSession declinedCourseSession = _courseSession(
			_DECLINED_COURSE_SESSION_ID, _COURSE_ID);

		when(
			courseSessionLocalService.fetchCourseSession(
				_DECLINED_COURSE_SESSION_ID)
		).thenReturn(
			declinedCourseSession
		);

		List<SessionDate> sessionDates = _sessionDates();

		when(
			courseSessionLocalService.getSessionDates(anyLong())
		).thenReturn(
			sessionDates
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);
		when(
			courseSessionService.getSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		AttendanceService attendanceService = mock(AttendanceService.class);

		when(
			attendanceService.getCheckInSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		List<Attendance> attendances = Arrays.asList(
			_attendance(501, true, AttendanceConstants.SOURCE_CHECK_IN),
			_attendance(502, false, AttendanceConstants.SOURCE_MARKED),
			_attendance(503, true, AttendanceConstants.SOURCE_MARKED));

		when(
			attendanceService.getSessionDateAttendances(_OPEN_DATE_ID)
		).thenReturn(
			attendances
		);

		List<Registration> registrations = new ArrayList<>();

		registrations.add(
			_registration(
				501, _PERSON_NAMES[0], "Glutenfri",
				RegistrationConstants.STATUS_COMPLETED));
		registrations.add(
			_registration(
				502, _PERSON_NAMES[1], "", RegistrationConstants.STATUS_NO_SHOW));
		registrations.add(
			_registration(
				503, _PERSON_NAMES[2], "Vegetarisk <i>utan</i> nötter",
				RegistrationConstants.STATUS_CONFIRMED));
		registrations.add(
			_registration(
				504, _PERSON_NAMES[3], null,
				RegistrationConstants.STATUS_CONFIRMED));

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.getCourseSessionRegistrations(
				eq(_COURSE_SESSION_ID), any(), eq(-1), eq(-1))
		).thenReturn(
			registrations
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(locale)
		).thenReturn(
			"MHFA Vuxen"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(anyLong())
		).thenReturn(
			trainingMethod
		);

		ModelResourcePermission<CourseSession> modelResourcePermission = mock(
			ModelResourcePermission.class);

		for (String grant : grants) {
			try {
				when(
					modelResourcePermission.contains(
						any(), eq(_COURSE_SESSION_ID), eq(grant))
				).thenReturn(
					true
				);
			}
			catch (PortalException portalException) {
				throw new IllegalStateException(portalException);
			}
		}

		ViewMySessionsMVCRenderCommand renderCommand =
			new ViewMySessionsMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_attendanceService", attendanceService);
		TrainingViews.inject(
			renderCommand, "_courseLocalService", courseLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionModelResourcePermission",
			modelResourcePermission);
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(renderCommand, "_portal", _catalogueOnAPage());
		TrainingViews.inject(
			renderCommand, "_portletURLFactory", _catalogueURLs());
		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_sessionInstructorService",
			sessionInstructorService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);

		return _viewHarness.render(
			"my-sessions-view", state, viewRequest, renderCommand::render);
	}

	/**
	 * The portal finds the course catalogue on a page of the session's site.
	 */
	private static Portal _catalogueOnAPage() {
		Portal portal = mock(Portal.class);

		try {
			when(
				portal.getPlidFromPortletId(
					anyLong(), eq(TrainingPortletKeys.COURSE_CATALOG))
			).thenReturn(
				_CATALOGUE_PLID
			);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}

		return portal;
	}

	/**
	 * Render URLs of the catalogue's page, as the portal writes them: absolute, with the parameters set on them.
	 */
	private static PortletURLFactory _catalogueURLs() {
		PortletURLFactory portletURLFactory = mock(PortletURLFactory.class);

		when(
			portletURLFactory.create(
				any(PortletRequest.class),
				eq(TrainingPortletKeys.COURSE_CATALOG), eq(_CATALOGUE_PLID),
				eq(PortletRequest.RENDER_PHASE))
		).thenAnswer(
			invocation -> {
				Map<String, String> parameters = new HashMap<>();

				MutableRenderParameters renderParameters = mock(
					MutableRenderParameters.class);

				when(
					renderParameters.setValue(anyString(), anyString())
				).thenAnswer(
					setValue -> parameters.put(
						setValue.getArgument(0), setValue.getArgument(1))
				);

				LiferayPortletURL liferayPortletURL = mock(
					LiferayPortletURL.class);

				when(
					liferayPortletURL.getRenderParameters()
				).thenReturn(
					renderParameters
				);
				when(
					liferayPortletURL.toString()
				).thenAnswer(
					toString -> _checkInURL(parameters.get("checkInCode"))
				);

				return liferayPortletURL;
			}
		);

		return portletURLFactory;
	}

	private static String _checkInURL(String code) {
		return "https://intranat.sundsvall.se/web/utbildning/kurskatalog" +
			"?p_p_id=" + TrainingPortletKeys.COURSE_CATALOG +
				"&_mvcRenderCommandName=%2Ftraining%2Fview_course_session" +
					"&_courseSessionId=" + _COURSE_SESSION_ID +
						"&_checkInCode=" + code;
	}

	private static final long _CATALOGUE_PLID = 30456;

	private static final long _COURSE_ID = 40101;

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _DECLINED_COURSE_SESSION_ID = 40203;

	/**
	 * What an accepted instructor may do on their session.
	 */
	private static final String[] _GRANTS_INSTRUCTOR = {
		TrainingActionKeys.VIEW_PARTICIPANTS, TrainingActionKeys.MARK_ATTENDANCE
	};

	private static final long _LATER_DATE_ID = 60003;

	private static final long _OPEN_DATE_ID = 60002;

	private static final long _OTHER_COURSE_ID = 40102;

	private static final long _OTHER_COURSE_SESSION_ID = 40202;

	private static final long _PAST_DATE_ID = 60001;

	/**
	 * The third name would be markup if the view did not escape it.
	 */
	private static final String[] _PERSON_NAMES = {
		"Anna Andersson", "Björn Berg", "Cecilia <b>Cederlund</b> & Co",
		"David Dahl"
	};

	private static final long _TRAINING_METHOD_ID = 40001;

	private static ViewHarness _viewHarness;

}
