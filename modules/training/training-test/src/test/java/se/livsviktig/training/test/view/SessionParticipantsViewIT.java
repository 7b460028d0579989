package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.time.Instant;
import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.registration.RegistrationImportRow;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;
import se.livsviktig.training.web.internal.portlet.action.ViewSessionParticipantsMVCRenderCommand;

/**
 * training_admin/session_participants.jsp as a coordinator sees it, rendered by the real
 * ViewSessionParticipantsMVCRenderCommand and its display context: a session nobody registered for, one with
 * participants in every state (waitlist, approvals, attendance, instructors' answers), an import's report with
 * lines to correct, and refused messages and invitations with what was typed kept.
 *
 * @author Livsviktig
 */
public class SessionParticipantsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedInvitationSaysTheInstructorIsNotQualified(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"staffing-refused",
			ViewRequest.in(
				locale
			).parameter(
				"form", SessionParticipantsDisplayContext.FORM_INVITE
			).parameter(
				"instructor", "bo.ek@kommun.se"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, InstructorNotQualifiedException.class,
					new InstructorNotQualifiedException())
			),
			_everyState(), _instructors());

		view.assertAlert(
			"danger",
			view.message(
				"the-instructor-is-not-qualified-for-this-method-on-every-date")
		).assertLink(
			view.message(
				"the-instructor-is-not-qualified-for-this-method-on-every-date"),
			"#" + view.getNamespace() + "instructor"
		).assertFieldValue(
			"instructor", "bo.ek@kommun.se"
		);

		_assertErrorSummaryTakesTheFocus(view);

		_viewHarness.assertAccessible(view);
	}

	/**
	 * The refusal names the method and the first date the instructor is not certified on, in the reader's
	 * language, the date in Stockholm time (23:30 UTC on 16 March is the 17th there).
	 */
	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedInvitationNamesTheMethodAndTheDate(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"staffing-refused-on-a-date",
			ViewRequest.in(
				locale
			).parameter(
				"form", SessionParticipantsDisplayContext.FORM_INVITE
			).parameter(
				"instructor", "bo.ek@kommun.se"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, InstructorNotQualifiedException.class,
					new InstructorNotQualifiedException(
						"refused",
						Map.of(
							new Locale("sv", "SE"), "MHFA Vuxen", Locale.US,
							"MHFA Adults"),
						new Locale("sv", "SE"),
						Date.from(
							Instant.parse("2030-03-16T23:30:00Z"))))
			),
			_everyState(), _instructors());

		boolean swedish = locale.getLanguage().equals("sv");

		String message = view.message(
			"the-instructor-is-not-certified-for-x-on-x",
			swedish ? "MHFA Vuxen" : "MHFA Adults",
			swedish ? "17 mars 2030" : "March 17, 2030");

		view.assertAlert(
			"danger", message
		).assertLink(
			message, "#" + view.getNamespace() + "instructor"
		).assertFieldValue(
			"instructor", "bo.ek@kommun.se"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aCancellationAfterTheDeadlineAsksForAReasonAndKeepsTheChoice(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"cancel-refused",
			ViewRequest.in(
				locale
			).parameter(
				"form", SessionParticipantsDisplayContext.FORM_CANCEL
			).parameter(
				"cancelRegistrationId", "902"
			).parameter(
				"cancelReason", ""
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, CancellationReasonException.class,
					new CancellationReasonException())
			),
			_everyState(), Collections.emptyList());

		String reasonMessage = view.message(
			"give-a-reason-of-at-most-x-characters-after-the-cancellation-" +
				"deadline-it-is-required",
			ModelHintsUtil.getMaxLength(
				Registration.class.getName(), "cancellationReason"));

		view.assertAlert(
			"danger", reasonMessage
		).assertLink(
			reasonMessage, "#" + view.getNamespace() + "cancelReason"
		).assertButton(
			view.message("cancel-registration")
		);

		view.assertField(
			"cancelReason",
			view.message("reason-required-after-the-cancellation-deadline"));

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "cancelRegistrationId option[value=902]"
			).hasAttr(
				"selected"
			),
			view.getName() + ": the person chosen stays chosen");

		_assertErrorSummaryTakesTheFocus(view);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedMessageKeepsTheChoiceAndTheText(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"message-refused",
			ViewRequest.in(
				locale
			).parameter(
				"form", SessionParticipantsDisplayContext.FORM_MESSAGE
			).parameter(
				"messageSubject", ""
			).parameter(
				"messageBody", "Vi ses i sal Ö <kl 9>."
			).parameter(
				"registrationIds", "901", "902"
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, ParticipantMessageSubjectException.class,
						new ParticipantMessageSubjectException());
					SessionErrors.add(
						renderRequest, ParticipantMessageBodyException.class,
						new ParticipantMessageBodyException());
				}
			),
			_everyState(), Collections.emptyList());

		view.assertAlert(
			"danger",
			view.message("write-a-subject-of-at-most-x-characters", 200)
		).assertLink(
			view.message("write-a-subject-of-at-most-x-characters", 200),
			"#" + view.getNamespace() + "messageSubject"
		).assertLink(
			view.message("write-a-message-of-at-most-x-characters", 10000),
			"#" + view.getNamespace() + "messageBody"
		).assertFieldValue(
			"messageBody", "Vi ses i sal Ö <kl 9>."
		).assertNone(
			".alert-success", "a refused message is not a success"
		);

		Assertions.assertTrue(
			view.getDocument(
			).getElementById(
				view.getNamespace() + "recipient901"
			).hasAttr(
				"checked"
			),
			view.getName() + ": the chosen recipient stays chosen");
		Assertions.assertFalse(
			view.getDocument(
			).getElementById(
				view.getNamespace() + "recipient904"
			).hasAttr(
				"checked"
			),
			view.getName() + ": the others stay unchosen");

		_assertErrorSummaryTakesTheFocus(view);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void anImportReportShowsEachLineAndWhatToCorrect(Locale locale)
		throws Exception {

		RegistrationImportReport report = new RegistrationImportReport(
			Arrays.asList(
				new RegistrationImportRow(
					1, "asa.oberg@kommun.se", 501, "Åsa Öberg",
					RegistrationImportRow.OK),
				new RegistrationImportRow(
					2, "<script>okand</script>", 0, null,
					RegistrationImportRow.UNKNOWN_USER),
				new RegistrationImportRow(
					3, "asa.oberg@kommun.se", 501, "Åsa Öberg",
					RegistrationImportRow.DUPLICATE_IN_LIST)),
			false);

		RenderedView view = _render(
			"import-report",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> {
					SessionMessages.add(
						renderRequest,
						SessionParticipantsDisplayContext.IMPORT_REPORT_KEY,
						report);
					SessionMessages.add(
						renderRequest,
						SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY,
						new String[] {
							"nobody-was-registered-x-lines-need-correcting", "2"
						});
				}
			),
			Collections.emptyList(), Collections.emptyList());

		view.assertAlert(
			"success",
			view.message("nobody-was-registered-x-lines-need-correcting", "2")
		).assertText(
			view.message("no-such-user")
		).assertText(
			view.message("named-twice-in-the-list")
		).assertText(
			"<script>okand</script>"
		);

		Assertions.assertEquals(
			2, view.select("tr.table-danger").size(),
			view.getName() + ": the two lines to correct are marked");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aSessionNobodyRegisteredForSaysSo(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), Collections.emptyList(),
			Collections.emptyList());

		view.assertHeading(
			2, view.message("participants-of-x", "MHFA Vuxen, Solna")
		).assertText(
			view.message("nobody-has-registered-for-this-session-yet")
		).assertText(
			view.message("nobody-is-on-the-waitlist")
		).assertText(
			view.message("no-request-is-waiting-for-approval")
		).assertText(
			view.message("no-instructor-is-invited-yet")
		).assertNone(
			".alert", "nothing happened yet"
		).assertNone(
			"table", "no list without people"
		);

		view.assertField(
			"participant", view.message("email-address-or-screen-name"));
		view.assertField("csvFile", view.message("csv-file"));
		view.assertField(
			"instructor", view.message("email-address-or-screen-name"));
		// Resource URLs: the harness's doubles leave out the resource id, which the T1 test of the display
		// context and T2 (the commands' names) cover.

		view.assertLink(
			view.message("export-to-csv"),
			"p_p_lifecycle=2"
		).assertLink(
			view.message("export-to-excel"), "courseSessionId=40201"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aSessionShortOfInstructorsWarnsWithTheCountAgainstTheMethod(
			Locale locale)
		throws Exception {

		// MHFA Vuxen asks for two; one of the three invited has accepted

		_trainingMethod = TrainingViews.trainingMethod(
			1, "MHFA Vuxen", "MHFA Adult");

		RenderedView view = _render(
			"instructors-short", ViewRequest.in(locale), _everyState(),
			_instructors());

		String warning = view.message(
			"x-of-x-instructors-have-accepted-invite-more-before-the-session", 1,
			2);

		view.assertAlert("warning", warning);

		Element staffing = view.select(
			"#" + view.getNamespace() + "instructorStaffing"
		).first();

		Assertions.assertNotNull(staffing, view.getName());
		Assertions.assertEquals(
			"status", staffing.attr("role"),
			view.getName() + ": the warning is read out");
		Assertions.assertTrue(
			staffing.text(
			).contains(
				view.message("too-few-instructors")
			),
			view.getName() + ": the warning has its title");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aFullyStaffedSessionShowsTheCountWithoutAWarning(Locale locale)
		throws Exception {

		TrainingMethod oneInstructor = TrainingViews.trainingMethod(
			2, "YAM", "YAM");

		when(
			oneInstructor.getInstructorsPerSession()
		).thenReturn(
			1
		);

		_trainingMethod = oneInstructor;

		RenderedView view = _render(
			"instructors-enough", ViewRequest.in(locale), _everyState(),
			_instructors());

		view.assertText(
			view.message("x-of-x-instructors-have-accepted", 1, 1)
		).assertNone(
			".alert-warning", "nobody is missing"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void everyStateIsShownWithTheWaitlistApprovalsAttendanceAndStaffing(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"every-state",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY,
					new String[] {
						"x-is-now-number-x-in-line", "David <Dahl>", "1"
					})
			),
			_everyState(), _instructors());

		view.assertAlert(
			"success",
			view.message("x-is-now-number-x-in-line", "David <Dahl>", "1"));

		Element participants = view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"participantsHeading] table"
		).first();

		Assertions.assertNotNull(participants, view.getName());
		Assertions.assertEquals(
			8, participants.select("tbody tr").size(),
			view.getName() + ": everyone is listed");

		for (String statusKey :
				new String[] {
					"registration-status-confirmed",
					"registration-status-waitlisted",
					"registration-status-pending-approval",
					"registration-status-offered",
					"registration-status-cancelled",
					"registration-status-completed",
					"registration-status-no-show"
				}) {

			Assertions.assertTrue(
				participants.text(
				).contains(
					view.message(statusKey)
				),
				view.getName() + ": shows " + statusKey);
		}

		Assertions.assertTrue(
			participants.text(
			).contains(
				view.message("number-x-in-line", 2)
			),
			view.getName() + ": the place in line");
		Assertions.assertTrue(
			participants.text(
			).contains(
				"Sjuk <vabb>"
			),
			view.getName() + ": the cancellation reason, as text");
		Assertions.assertTrue(
			view.select(
				"script"
			).stream(
			).noneMatch(
				script -> script.data(
				).contains(
					"alert(1)"
				)
			),
			view.getName() + ": a typed name never becomes a script");

		Assertions.assertEquals(
			Arrays.asList("Bertil Berg", "David <Dahl>"),
			view.select(
				"section[aria-labelledby=" + view.getNamespace() +
					"waitlistHeading] ol li"
			).eachText(),
			view.getName() + ": the waitlist in order");

		view.assertField(
			"waitlistReason", view.message("reason-required")
		);
		view.assertButton(
			view.message("move-up")
		).assertButton(
			view.message("move-down")
		).assertButton(
			view.message("approve") + " Cecilia Carlsson"
		);

		Element attendance = view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"attendanceHeading] table"
		).first();

		Assertions.assertNotNull(attendance, view.getName());
		Assertions.assertEquals(
			3, attendance.select("thead th").size(),
			view.getName() + ": a column per session date");
		Assertions.assertTrue(
			attendance.text(
			).contains(
				view.message("present")
			) &&
			attendance.text(
			).contains(
				view.message("absent")
			) &&
			attendance.text(
			).contains(
				view.message("not-marked")
			),
			view.getName() + ": present, absent and not marked");

		Element staffing = view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"staffingHeading] table"
		).first();

		Assertions.assertNotNull(staffing, view.getName());
		Assertions.assertTrue(
			staffing.text(
			).contains(
				view.message("instructor-answer-accepted")
			) &&
			staffing.text(
			).contains(
				view.message("instructor-answer-declined")
			) &&
			staffing.text(
			).contains(
				view.message("instructor-answer-invited")
			),
			view.getName() + ": the instructors' answers");

		view.assertField(
			"targetCourseSessionId", view.message("to-the-session"));
		view.assertField("messageSubject", view.message("subject"));

		_viewHarness.assertAccessible(view);
	}

	private static Date _date(String instant) {
		return Date.from(ZonedDateTime.parse(instant).toInstant());
	}

	private void _assertErrorSummaryTakesTheFocus(RenderedView view) {
		Element errorSummary = view.getDocument(
		).getElementById(
			view.getNamespace() + "errorSummary"
		);

		Assertions.assertNotNull(
			errorSummary, view.getName() + ": there is an error summary");
		Assertions.assertEquals(
			"-1", errorSummary.attr("tabindex"),
			view.getName() + ": the error summary can take the focus");
		Assertions.assertTrue(
			view.getHtml(
			).contains(
				"getElementById('" + view.getNamespace() +
					"errorSummary').focus()"
			),
			view.getName() + ": the error summary takes the focus");
	}

	private List<Registration> _everyState() {
		List<Registration> registrations = new ArrayList<>();

		registrations.add(
			_registration(
				901, "Anna Andersson", RegistrationConstants.STATUS_CONFIRMED));
		registrations.add(
			_registration(
				902, "Bertil Berg", RegistrationConstants.STATUS_WAITLISTED));

		Registration pending = _registration(
			903, "Cecilia Carlsson",
			RegistrationConstants.STATUS_PENDING_APPROVAL);

		when(
			pending.getMotivation()
		).thenReturn(
			"Jag möter unga i mitt arbete."
		);
		when(
			pending.getHoldExpirationDate()
		).thenReturn(
			_date("2026-11-28T08:00:00Z")
		);

		registrations.add(pending);
		registrations.add(
			_registration(
				904, "David <Dahl>", RegistrationConstants.STATUS_WAITLISTED));
		registrations.add(
			_registration(
				905, "Eva Ek", RegistrationConstants.STATUS_OFFERED));

		Registration cancelled = _registration(
			906, "Fredrik <script>alert(1)</script>",
			RegistrationConstants.STATUS_CANCELLED);

		when(
			cancelled.getCancellationReason()
		).thenReturn(
			"Sjuk <vabb>"
		);

		registrations.add(cancelled);
		registrations.add(
			_registration(
				907, "Gun Gustavsson", RegistrationConstants.STATUS_COMPLETED));
		registrations.add(
			_registration(
				908, "Hans Holm", RegistrationConstants.STATUS_NO_SHOW));

		return registrations;
	}

	private List<SessionInstructor> _instructors() {
		List<SessionInstructor> sessionInstructors = new ArrayList<>();

		String[] names = {"Ida Instruktör", "Jan Johansson", "Karin Kask"};
		int[] statuses = {
			SessionInstructorConstants.STATUS_ACCEPTED,
			SessionInstructorConstants.STATUS_DECLINED,
			SessionInstructorConstants.STATUS_INVITED
		};

		for (int i = 0; i < names.length; i++) {
			SessionInstructor sessionInstructor = mock(SessionInstructor.class);

			when(
				sessionInstructor.getSessionInstructorId()
			).thenReturn(
				701L + i
			);
			when(
				sessionInstructor.getUserName()
			).thenReturn(
				names[i]
			);
			when(
				sessionInstructor.getStatus()
			).thenReturn(
				statuses[i]
			);

			if (statuses[i] != SessionInstructorConstants.STATUS_INVITED) {
				when(
					sessionInstructor.getResponseDate()
				).thenReturn(
					_date("2026-11-20T10:00:00Z")
				);
			}

			sessionInstructors.add(sessionInstructor);
		}

		return sessionInstructors;
	}

	private Registration _registration(
		long registrationId, String userName, int status) {

		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getUserId()
		).thenReturn(
			registrationId - 400
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
		when(
			registration.getOrganizationId()
		).thenReturn(
			_ORGANIZATION_ID
		);
		when(
			registration.getCreateDate()
		).thenReturn(
			_date("2026-11-02T09:30:00Z")
		);

		return registration;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<Registration> registrations,
			List<SessionInstructor> sessionInstructors)
		throws Exception {

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

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(any(Locale.class))
		).thenReturn(
			"MHFA Vuxen, Solna"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		CourseSession other = mock(CourseSession.class);

		when(
			other.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID + 1
		);
		when(
			other.getStartDate()
		).thenReturn(
			_date("2027-01-20T08:00:00Z")
		);
		when(
			other.getLocality()
		).thenReturn(
			"Sundbyberg"
		);
		when(
			other.getSeats()
		).thenReturn(
			20
		);
		when(
			other.getSeatsTaken()
		).thenReturn(
			12
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.getCourseCourseSessions(
				eq(_COURSE_ID), any())
		).thenReturn(
			Arrays.asList(courseSession, other)
		);

		List<SessionDate> sessionDates = new ArrayList<>();

		if (!registrations.isEmpty()) {
			sessionDates.add(_sessionDate(801, "2026-12-02T08:00:00Z"));
			sessionDates.add(_sessionDate(802, "2026-12-09T08:00:00Z"));
		}

		when(
			courseSessionLocalService.getSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		AttendanceService attendanceService = mock(AttendanceService.class);

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
			attendanceService.getSessionDateAttendances(801)
		).thenReturn(
			Arrays.asList(present, absent)
		);

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.getCourseSessionRegistrations(
				eq(_COURSE_SESSION_ID), any(), anyInt(), anyInt())
		).thenReturn(
			registrations
		);

		SessionInstructorService sessionInstructorService = mock(
			SessionInstructorService.class);

		when(
			sessionInstructorService.getCourseSessionInstructors(
				eq(_COURSE_SESSION_ID), any())
		).thenReturn(
			sessionInstructors
		);

		List<SessionInstructor> acceptedInstructors = new ArrayList<>();

		for (SessionInstructor sessionInstructor : sessionInstructors) {
			if (sessionInstructor.getStatus() ==
					SessionInstructorConstants.STATUS_ACCEPTED) {

				acceptedInstructors.add(sessionInstructor);
			}
		}

		when(
			sessionInstructorService.getCourseSessionInstructors(
				_COURSE_SESSION_ID,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED})
		).thenReturn(
			acceptedInstructors
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(anyLong())
		).thenReturn(
			_trainingMethod
		);

		User user = mock(User.class);

		when(
			user.getEmailAddress()
		).thenReturn(
			"deltagare@kommun.se"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(anyLong())
		).thenReturn(
			user
		);

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			"Socialförvaltningen"
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		when(
			organizationLocalService.fetchOrganization(anyLong())
		).thenReturn(
			organization
		);

		ViewSessionParticipantsMVCRenderCommand renderCommand =
			new ViewSessionParticipantsMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_attendanceService", attendanceService);
		TrainingViews.inject(
			renderCommand, "_courseLocalService", courseLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_sessionInstructorService",
			sessionInstructorService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);
		TrainingViews.inject(
			renderCommand, "_userLocalService", userLocalService);

		return _viewHarness.render(
			"session-participants", state,
			viewRequest.parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)),
			renderCommand::render);
	}

	private static SessionDate _sessionDate(long sessionDateId, String start) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getSessionDateId()
		).thenReturn(
			sessionDateId
		);
		when(
			sessionDate.getStartDate()
		).thenReturn(
			_date(start)
		);

		return sessionDate;
	}

	private static final long _COURSE_ID = 40101;

	private static final long _COURSE_SESSION_ID = 40201;

	/**
	 * The session's method, as the instructors' count reads it; none (so no count) unless a test sets one.
	 */
	private TrainingMethod _trainingMethod;

	private static final long _ORGANIZATION_ID = 40301;

	private static ViewHarness _viewHarness;

}
