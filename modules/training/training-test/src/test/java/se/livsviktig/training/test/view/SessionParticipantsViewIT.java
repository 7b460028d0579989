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

import java.awt.image.BufferedImage;

import java.time.Instant;
import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsView;
import se.livsviktig.training.web.internal.portlet.action.ViewSessionParticipantsMVCRenderCommand;

/**
 * training_admin/session_participants.jsp as a coordinator sees it, rendered by the real
 * ViewSessionParticipantsMVCRenderCommand and its display context: the list it opens on (counts, every state,
 * each person's row actions, and no task's form), each task's own view (waitlist, approvals, attendance, add,
 * message, staffing, and moving or cancelling the person of a row), empty and filled, an import's report with
 * lines to correct, and refused actions back in their view with what was typed kept.
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
				"view", SessionParticipantsView.STAFFING
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
				"view", SessionParticipantsView.STAFFING
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
				"view", SessionParticipantsView.CANCEL
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

		view.assertHeading(
			3, view.message("cancel-the-registration-of-x", "Bertil Berg"));

		Assertions.assertEquals(
			"902",
			view.select(
				"input[name=" + view.getNamespace() + "cancelRegistrationId]"
			).val(),
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
				"view", SessionParticipantsView.MESSAGE
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
			).parameter(
				"view", SessionParticipantsView.ADD
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
		).assertHeading(
			3, view.message("participants")
		).assertText(
			view.message("nobody-has-registered-for-this-session-yet")
		).assertText(
			view.message("confirmed-x-of-x-seats", 0, 20)
		).assertNone(
			".alert", "nothing happened yet"
		).assertNone(
			"table", "no list without people"
		).assertNone(
			"form", "the list view has no task's form"
		);

		_assertNavigation(view, "participants");

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
	public void eachTaskOfASessionNobodyRegisteredForSaysSoInItsView(
			Locale locale)
		throws Exception {

		String[][] emptyViews = {
			{SessionParticipantsView.WAITLIST, "nobody-is-on-the-waitlist"},
			{
				SessionParticipantsView.APPROVALS,
				"no-request-is-waiting-for-approval"
			},
			{SessionParticipantsView.ATTENDANCE, "no-attendance-to-show-yet"},
			{
				SessionParticipantsView.MESSAGE,
				"nobody-has-registered-for-this-session-yet"
			},
			{SessionParticipantsView.STAFFING, "no-instructor-is-invited-yet"}
		};

		for (String[] emptyView : emptyViews) {
			RenderedView view = _render(
				"empty-" + emptyView[0],
				ViewRequest.in(
					locale
				).parameter(
					"view", emptyView[0]
				),
				Collections.emptyList(), Collections.emptyList());

			view.assertText(
				view.message(emptyView[1])
			).assertNone(
				"#" + view.getNamespace() + "participantsHeading",
				"a task's view does not repeat the list"
			);

			_assertNavigation(view, emptyView[0]);

			_viewHarness.assertAccessible(view);
		}

		RenderedView view = _render(
			"empty-add",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.ADD
			),
			Collections.emptyList(), Collections.emptyList());

		view.assertHeading(3, view.message("add-participants"));
		view.assertField(
			"participant", view.message("email-address-or-screen-name"));
		view.assertField("csvFile", view.message("csv-file"));

		_assertNavigation(view, SessionParticipantsView.ADD);

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
			"instructors-short",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.STAFFING
			),
			_everyState(),
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
			"instructors-enough",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.STAFFING
			),
			_everyState(),
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
	public void theListOpensWithTheCountsAndEveryStateAndNoTasksForms(
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
						"the-registration-of-x-was-cancelled", "David <Dahl>"
					})
			),
			_everyState(), _instructors());

		view.assertAlert(
			"success",
			view.message("the-registration-of-x-was-cancelled", "David <Dahl>"));

		_assertNavigation(view, SessionParticipantsView.LIST);

		// Anna, Gun and Hans hold a seat past approval; Bertil and David wait in line; Cecilia waits for
		// approval; one of the two dates has attendance marked

		Element counts = view.select(
			"#" + view.getNamespace() + "participantCounts"
		).first();

		Assertions.assertNotNull(counts, view.getName());
		Assertions.assertEquals(
			Arrays.asList(
				view.message("confirmed-x-of-x-seats", 3, 20),
				view.message("on-the-waitlist-x", 2),
				view.message("waiting-for-approval-x", 1),
				view.message("attendance-marked-on-x-of-x-dates", 1, 2)),
			counts.select(
				"li"
			).eachText(),
			view.getName() + ": the counts");

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

		// Row actions: each active person's own menu, named for them; none for the cancelled

		Element annasActions = participants.select(
			"tbody tr:contains(Anna Andersson) details"
		).first();

		Assertions.assertNotNull(annasActions, view.getName());
		Assertions.assertEquals(
			view.message("actions") + " Anna Andersson",
			annasActions.select(
				"summary"
			).text(),
			view.getName() + ": the menu names the person");
		Assertions.assertTrue(
			annasActions.select(
				"a:contains(" + view.message("move-to-another-session") + ")"
			).attr(
				"href"
			).contains(
				"moveRegistrationId=901"
			),
			view.getName() + ": moving opens Anna's own view");
		Assertions.assertTrue(
			annasActions.select(
				"a:contains(" + view.message("cancel-registration") + ")"
			).attr(
				"href"
			).contains(
				"cancelRegistrationId=901"
			),
			view.getName() + ": cancelling opens Anna's own view");
		Assertions.assertTrue(
			participants.select(
				"tbody tr:contains(Bertil Berg) details a"
			).eachText(
			).contains(
				view.message("move-in-line")
			),
			view.getName() + ": someone in line can be moved in it");
		Assertions.assertTrue(
			participants.select(
				"tbody tr:contains(Cecilia Carlsson) details a"
			).eachText(
			).contains(
				view.message("approve-or-decline")
			),
			view.getName() + ": a request leads to its decision");
		Assertions.assertTrue(
			participants.select(
				"tbody tr:contains(Fredrik) details"
			).isEmpty(),
			view.getName() + ": nothing to do for a cancelled registration");

		// No task's form is on the page it opens on: that is what made it 4,400 px tall

		view.assertNone(
			"form", "no task's form on the list"
		).assertNone(
			"textarea, select, input", "no field on the list"
		);

		for (String otherHeading :
				new String[] {
					"waitlistHeading", "approvalsHeading", "attendanceHeading",
					"addHeading", "moveHeading", "cancelHeading",
					"messageHeading", "staffingHeading"
				}) {

			view.assertNone(
				"#" + view.getNamespace() + otherHeading,
				"the list view shows no other task");
		}

		_viewHarness.assertAccessible(view);

		BufferedImage screenshot = ImageIO.read(
			ViewHarness.getScreenshotDir(
			).resolve(
				"session-participants/every-state-" + locale.getLanguage() +
					".png"
			).toFile());

		Assertions.assertTrue(
			screenshot.getHeight() < _LIST_HEIGHT_LIMIT,
			view.getName() + ": the list of eight fits in " +
				_LIST_HEIGHT_LIMIT + " px, it is " + screenshot.getHeight());
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theWaitlistViewShowsTheLineAndMovesThePersonOfTheRow(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"waitlist",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.WAITLIST
			).parameter(
				"waitlistRegistrationId", "904"
			),
			_everyState(), _instructors());

		_assertNavigation(view, SessionParticipantsView.WAITLIST);

		Assertions.assertEquals(
			Arrays.asList("Bertil Berg", "David <Dahl>"),
			view.select(
				"section[aria-labelledby=" + view.getNamespace() +
					"waitlistHeading] ol li"
			).eachText(),
			view.getName() + ": the waitlist in order");
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() +
					"waitlistRegistrationId option[value=904]"
			).hasAttr(
				"selected"
			),
			view.getName() + ": the person whose row it came from is chosen");

		view.assertField("waitlistReason", view.message("reason-required"));
		view.assertButton(
			view.message("move-up")
		).assertButton(
			view.message("move-down")
		).assertNone(
			"#" + view.getNamespace() + "participantsHeading",
			"a task's view does not repeat the list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theApprovalsViewDecidesEachRequest(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"approvals",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.APPROVALS
			),
			_everyState(), _instructors());

		_assertNavigation(view, SessionParticipantsView.APPROVALS);

		view.assertHeading(
			3, view.message("waiting-for-approval")
		).assertText(
			"Jag möter unga i mitt arbete."
		).assertButton(
			view.message("approve") + " Cecilia Carlsson"
		).assertButton(
			view.message("decline") + " Cecilia Carlsson"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theAttendanceViewShowsEachDate(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"attendance",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.ATTENDANCE
			),
			_everyState(), _instructors());

		_assertNavigation(view, SessionParticipantsView.ATTENDANCE);

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

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theStaffingViewShowsTheInstructorsAnswersAndInvites(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"staffing",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.STAFFING
			),
			_everyState(), _instructors());

		_assertNavigation(view, SessionParticipantsView.STAFFING);

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
			"instructor", view.message("email-address-or-screen-name"));
		view.assertNone(
			"#" + view.getNamespace() + "candidatesHeading",
			"no instructor app, no candidates: staffing as before"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theStaffingViewListsAnInstructorAppsCandidatesEachInvitedInOneClick(
			Locale locale)
		throws Exception {

		_instructorCandidateProvider =
			(companyId, courseSessionId, trainingMethodId, dates) ->
				Arrays.asList(
					new InstructorCandidate(
						611, "Lena Lind", InstructorStanding.OK, 5),
					new InstructorCandidate(
						612, "Mats <b>Mård</b>", InstructorStanding.AT_RISK,
						1),
					new InstructorCandidate(
						613, "Nora Nilsson", InstructorStanding.LAPSED, 0));

		RenderedView view = _render(
			"staffing-candidates",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.STAFFING
			),
			_everyState(), _instructors());

		view.assertHeading(4, view.message("who-could-teach-this-session"));

		Element candidates = view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"candidatesHeading] table"
		).first();

		Assertions.assertNotNull(candidates, view.getName());
		Assertions.assertEquals(
			Arrays.asList("Lena Lind", "Mats <b>Mård</b>", "Nora Nilsson"),
			candidates.select(
				"tbody th"
			).eachText(),
			view.getName() + ": the candidates in the provider's order, names as text");
		Assertions.assertTrue(
			candidates.text(
			).contains(
				view.message("instructor-standing-ok")
			) &&
			candidates.text(
			).contains(
				view.message("instructor-standing-at-risk")
			) &&
			candidates.text(
			).contains(
				view.message("instructor-standing-lapsed")
			),
			view.getName() + ": each standing in words");

		view.assertButton(
			view.message("invite") + " Lena Lind"
		).assertButton(
			view.message("invite") + " Mats <b>Mård</b>"
		);

		Element oneClick = candidates.select(
			"tbody tr:contains(Lena Lind) form"
		).first();

		Assertions.assertNotNull(oneClick, view.getName());
		Assertions.assertEquals(
			"post", oneClick.attr("method"), view.getName());
		Assertions.assertTrue(
			oneClick.attr(
				"action"
			).contains(
				"invite_session_instructor"
			),
			view.getName() + ": the invite command, with its checks");
		Assertions.assertEquals(
			"611",
			oneClick.select(
				"input[name=" + view.getNamespace() + "instructorUserId]"
			).val(),
			view.getName() + ": the candidate by user ID");

		_viewHarness.assertAccessible(view);

		_instructorCandidateProvider =
			(companyId, courseSessionId, trainingMethodId, dates) ->
				Collections.emptyList();

		RenderedView none = _render(
			"staffing-no-candidates",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.STAFFING
			),
			_everyState(), _instructors());

		none.assertText(
			none.message("nobody-else-is-free-and-certified-for-every-date")
		).assertNone(
			"section[aria-labelledby=" + none.getNamespace() +
				"candidatesHeading] table",
			"nobody to list"
		);

		_viewHarness.assertAccessible(none);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theMessageViewOffersThoseRegistered(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"message",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.MESSAGE
			),
			_everyState(), _instructors());

		_assertNavigation(view, SessionParticipantsView.MESSAGE);

		view.assertField("messageSubject", view.message("subject"));
		view.assertField("messageBody", view.message("message"));

		Assertions.assertNotNull(
			view.getDocument(
			).getElementById(
				view.getNamespace() + "recipient901"
			),
			view.getName() + ": someone registered can be chosen");
		Assertions.assertNull(
			view.getDocument(
			).getElementById(
				view.getNamespace() + "recipient906"
			),
			view.getName() + ": someone cancelled cannot");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theMoveViewIsForThePersonOfTheRow(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"move",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.MOVE
			).parameter(
				"moveRegistrationId", "901"
			),
			_everyState(), _instructors());

		view.assertHeading(
			3, view.message("move-x-to-another-session", "Anna Andersson")
		).assertLink(
			view.message("back-to-the-participants"), "view=participants"
		).assertButton(
			view.message("move")
		);

		view.assertField("targetCourseSessionId", view.message("to-the-session"));

		Assertions.assertEquals(
			"901",
			view.select(
				"input[name=" + view.getNamespace() + "moveRegistrationId]"
			).val(),
			view.getName() + ": the person of the row is moved");

		_viewHarness.assertAccessible(view);

		// A row's link kept after the person cancelled leads to no form

		RenderedView cancelled = _render(
			"move-no-longer-active",
			ViewRequest.in(
				locale
			).parameter(
				"view", SessionParticipantsView.MOVE
			).parameter(
				"moveRegistrationId", "906"
			),
			_everyState(), _instructors());

		cancelled.assertText(
			cancelled.message(
				"the-person-no-longer-has-an-active-registration-on-this-" +
					"session")
		).assertNone(
			"form", "nobody to move"
		);

		_viewHarness.assertAccessible(cancelled);
	}

	private static Date _date(String instant) {
		return Date.from(ZonedDateTime.parse(instant).toInstant());
	}

	/**
	 * The page's navigation: a landmark with a name, a link per view, the shown one marked as current.
	 */
	private void _assertNavigation(RenderedView view, String currentView) {
		Element navigation = view.select(
			"nav[aria-label=" + view.message("tasks-for-the-participants") + "]"
		).first();

		Assertions.assertNotNull(
			navigation, view.getName() + ": the tasks' navigation");
		Assertions.assertEquals(
			SessionParticipantsView.NAVIGATION.size(),
			navigation.select(
				"a.nav-link"
			).size(),
			view.getName() + ": a link per view");

		Elements current = navigation.select("a[aria-current=page]");

		if (SessionParticipantsView.NAVIGATION.contains(currentView)) {
			Assertions.assertEquals(
				1, current.size(), view.getName() + ": one current view");
			Assertions.assertEquals(
				view.message(SessionParticipantsView.getLabelKey(currentView)),
				current.text(), view.getName() + ": the current view");
			Assertions.assertTrue(
				current.attr(
					"href"
				).contains(
					"view=" + currentView
				),
				view.getName() + ": its link");
		}
		else {
			Assertions.assertTrue(current.isEmpty(), view.getName());
		}
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
		when(
			courseSession.getSeats()
		).thenReturn(
			20
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

		if (_instructorCandidateProvider != null) {
			TrainingViews.inject(
				renderCommand, "_instructorCandidateProvider",
				_instructorCandidateProvider);
		}

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
	 * The list view of eight people, in CSS px at the harness's window width; the page with every task's form
	 * stacked under the list was 4,400 px.
	 */
	private static final int _LIST_HEIGHT_LIMIT = 1400;

	/**
	 * The session's method, as the instructors' count reads it; none (so no count) unless a test sets one.
	 */
	private TrainingMethod _trainingMethod;

	private static final long _ORGANIZATION_ID = 40301;

	/**
	 * The instructor app's candidates, as the render command would be given them; none deployed unless a test
	 * sets one.
	 */
	private InstructorCandidateProvider _instructorCandidateProvider;

	private static ViewHarness _viewHarness;

}
