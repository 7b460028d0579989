package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.display.context.ApprovalsDisplayContext;
import se.livsviktig.training.web.internal.portlet.action.ViewApprovalsMVCRenderCommand;

/**
 * approvals/view.jsp as a manager sees it, rendered by the real ViewApprovalsMVCRenderCommand and its
 * ApprovalsDisplayContext: nothing to approve, a full page of requests, the request an e-mail's link led to,
 * after an approval, and after refused decisions (not allowed; already decided by someone else).
 *
 * @author Livsviktig
 */
public class ApprovalsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void afterAnApprovalTheManagerIsToldWhoseRequestItWas(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"approved",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, ApprovalsDisplayContext.APPROVED_MESSAGE_KEY,
					"Anna Andersson")
			),
			_requests(2));

		view.assertAlert(
			"success",
			view.message("the-request-from-x-was-approved", "Anna Andersson")
		).assertTableRows(
			2
		).assertNone(
			".alert-danger", "a decision made shows no error"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aLinkToARequestDecidedSinceSaysItIsNoLongerWaiting(
			Locale locale)
		throws Exception {

		Registration decided = _registration(
			39999, "Lars Lind", RegistrationConstants.STATUS_EXPIRED);

		RenderedView view = _render(
			"linked-decided",
			ViewRequest.in(
				locale
			).parameter(
				"registrationId", "39999"
			),
			_requests(1), decided);

		view.assertAlert(
			"info",
			view.message(
				"the-request-from-x-is-no-longer-waiting-for-approval-status-x",
				"Lars Lind", view.message("registration-status-expired"))
		).assertTableRows(
			1
		).assertNone(
			"tr.table-active", "no row is highlighted"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aLinkToAWaitingRequestOpensItsPageHighlightedAndFocused(
			Locale locale)
		throws Exception {

		List<Registration> registrations = _requests(25);

		RenderedView view = _render(
			"linked",
			ViewRequest.in(
				locale
			).parameter(
				"registrationId", "30023"
			),
			registrations, registrations.get(22));

		view.assertTableRows(
			5
		).assertNone(
			".alert", "a link to a waiting request needs no message"
		);

		Elements highlighted = view.select("tbody tr.table-active");

		Assertions.assertEquals(
			1, highlighted.size(), view.getName() + ": one row is highlighted");
		Assertions.assertEquals(
			view.getNamespace() + "request30023", highlighted.attr("id"),
			view.getName() + ": the linked request's row is highlighted");
		Assertions.assertTrue(
			highlighted.text(
			).contains(
				view.message("the-request-your-link-led-to")
			),
			view.getName() + ": the row says it is the one the link led to");
		Assertions.assertEquals(
			"page",
			view.select(
				".pagination .page-item.active .page-link"
			).attr(
				"aria-current"
			),
			view.getName() + ": the current page is marked");
		Assertions.assertTrue(
			view.select(
				".pagination .page-item.active"
			).text(
			).endsWith(
				"2"
			),
			view.getName() + ": the list opens on the page with the request");
		Assertions.assertTrue(
			view.getHtml(
			).contains(
				"getElementById('" + view.getNamespace() +
					"comment30023').focus()"
			),
			view.getName() + ": the request's comment field gets the focus");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedDecisionSaysWhyAndKeepsTheComment(Locale locale)
		throws Exception {

		String comment = "Godkänd om du hittar vikarie <3";

		List<Registration> registrations = _requests(3);

		RenderedView view = _render(
			"refused-permission",
			ViewRequest.in(
				locale
			).parameter(
				"registrationId", "30002"
			).parameter(
				"comment", comment
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, PrincipalException.MustHavePermission.class,
					new PrincipalException.MustHavePermission(
						ViewHarness.USER_ID, Registration.class.getName(),
						30002, "APPROVE_REGISTRATION"))
			),
			registrations, registrations.get(1));

		String personName = _PERSON_NAMES[1];

		view.assertAlert(
			"danger",
			view.message(
				"you-may-not-decide-on-the-request-from-x", personName)
		).assertLink(
			view.message(
				"you-may-not-decide-on-the-request-from-x", personName),
			"#" + view.getNamespace() + "comment30002"
		).assertFieldValue(
			"comment30002", comment
		).assertFieldValue(
			"comment30001", ""
		).assertNone(
			".alert-success", "a refused decision is not a success"
		);

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
			view.getName() + ": the error summary gets the focus");
		Assertions.assertTrue(
			errorSummary.text(
			).contains(
				view.message("your-decision-was-not-saved")
			),
			view.getName() + ": the summary says the decision was not saved");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRequestSomeoneElseDecidedFirstKeepsTheCommentInTheSummary(
			Locale locale)
		throws Exception {

		String comment = "Vi tar det på nästa APT.";

		Registration decided = _registration(
			39998, "Lars Lind", RegistrationConstants.STATUS_DECLINED);

		RenderedView view = _render(
			"refused-already-decided",
			ViewRequest.in(
				locale
			).parameter(
				"registrationId", "39998"
			).parameter(
				"comment", comment
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, RegistrationStatusException.class,
					new RegistrationStatusException(
						"Registration 39998 is declined"))
			),
			_requests(2), decided);

		view.assertAlert(
			"danger",
			view.message(
				"the-request-from-x-was-already-decided-status-x", "Lars Lind",
				view.message("registration-status-declined"))
		).assertAlert(
			"danger", view.message("your-comment-which-was-not-saved")
		).assertNone(
			".alert-info", "the error summary already says it"
		).assertTableRows(
			2
		);

		Assertions.assertEquals(
			comment, view.select(".alert-danger blockquote").text(),
			view.getName() + ": the comment typed is not lost");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void nothingToApproveIsASentenceNotAnEmptyTable(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"nothing-to-approve", ViewRequest.in(locale), new ArrayList<>());

		view.assertHeading(
			2, view.message("approve-registrations")
		).assertText(
			view.message("there-are-no-requests-waiting-for-your-approval")
		).assertNone(
			"table", "nothing to approve is a sentence, not an empty table"
		).assertNone(
			"form", "nothing to decide, nothing to post"
		).assertNone(
			".alert", "no messages"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void pendingRequestsShowEverythingToDecideOnAndAFormPerPerson(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"pending", ViewRequest.in(locale), _requests(25));

		view.assertHeading(
			2, view.message("approve-registrations")
		).assertText(
			view.message("x-requests-are-waiting-for-your-decision", 25)
		).assertTableRows(
			20
		).assertNone(
			".alert", "no messages"
		);

		Elements headers = view.select("thead th[scope=col]");

		Assertions.assertEquals(
			Arrays.asList(
				view.message("name"), view.message("organization"),
				view.message("course"), view.message("dates"),
				view.message("place"), view.message("motivation"),
				view.message("seat-held-until"), view.message("decision")),
			headers.eachText(), view.getName() + ": the columns");

		Element firstRow = view.select(
			"tbody tr"
		).first();

		Assertions.assertEquals(
			_PERSON_NAMES[0], firstRow.select("th[scope=row]").text(),
			view.getName() + ": each row is headed by the person's name");

		String firstRowText = firstRow.text();

		String dates = (locale == TrainingViews.SWEDISH) ?
			"2 dec. 2026 09:00–16:00" : "Dec 2, 2026 09:00–16:00";
		String holdExpiration = (locale == TrainingViews.SWEDISH) ?
			"28 nov. 2026 16:00" : "Nov 28, 2026 16:00";

		for (String expected :
				new String[] {
					"Socialförvaltningen", "MHFA Vuxen, Solna", "MHFA Vuxen",
					dates, "Stadshuset, sal 3, Solna",
					view.message("on-site-and-online"),
					"Jag möter unga i mitt arbete.", holdExpiration
				}) {

			Assertions.assertTrue(
				firstRowText.contains(expected),
				view.getName() + ": the first row shows \"" + expected +
					"\": " + firstRowText);
		}

		String personName = _PERSON_NAMES[0];

		Element comment = view.assertField(
			"comment30001", view.message("comment-to-x-optional", personName));

		Assertions.assertEquals(
			"1000", comment.attr("maxlength"),
			view.getName() + ": a comment is as long as the column allows");

		String subject = "MHFA Vuxen, Solna, " + dates;

		view.assertButton(
			view.message("approve") + " " +
				view.message("the-request-from-x-for-x", personName, subject)
		).assertButton(
			view.message("decline") + " " +
				view.message("the-request-from-x-for-x", personName, subject)
		).assertButton(
			view.message("approve") + " " +
				view.message(
					"the-request-from-x-for-x", personName,
					"YAM, Sundbyberg, " + dates)
		);

		Assertions.assertTrue(
			comment.previousElementSibling(
			).text(
			).endsWith(
				view.message("about-x", subject)
			),
			view.getName() + ": the label tells the person's two requests apart");

		Element form = firstRow.select(
			"form"
		).first();

		Assertions.assertEquals(
			"post", form.attr("method"), view.getName() + ": decisions post");
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Ftraining%2Fapprove_registration"
			) &&
			form.attr(
				"action"
			).contains(
				"p_auth="
			),
			view.getName() + ": Approve posts to the approve action with the CSRF token: " +
				form.attr("action"));
		Assertions.assertTrue(
			form.select(
				"button[formaction]"
			).attr(
				"formaction"
			).contains(
				"javax.portlet.action=%2Ftraining%2Fdecline_registration"
			),
			view.getName() + ": Decline posts to the decline action");
		Assertions.assertEquals(
			"30001",
			form.select(
				"input[type=hidden][name=" + view.getNamespace() + "registrationId]"
			).attr(
				"value"
			),
			view.getName() + ": each form posts which request it decides");

		Elements commentLabels = view.select("tbody label");

		Assertions.assertEquals(
			19, commentLabels.size(),
			view.getName() + ": a comment field for every request but the manager's own");
		Assertions.assertEquals(
			commentLabels.size(),
			commentLabels.eachText(
			).stream(
			).distinct(
			).count(),
			view.getName() + ": every comment field's label names its person");

		Element escaped = view.select(
			"tbody tr"
		).get(
			2
		).select(
			"th[scope=row]"
		).first();

		Assertions.assertEquals(
			_PERSON_NAMES[2], escaped.text(),
			view.getName() + ": a name is shown as written");
		Assertions.assertTrue(
			escaped.select(
				"b"
			).isEmpty(),
			view.getName() + ": a name is text, never markup");

		Assertions.assertTrue(
			view.select(
				"tbody tr"
			).get(
				3
			).text(
			).contains(
				view.message("your-own-request-is-decided-by-someone-else")
			),
			view.getName() + ": a manager cannot decide their own request");

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals(
			2, pageLinks.size(),
			view.getName() + ": 25 requests, 20 a page, make 2 page links");
		Assertions.assertTrue(
			pageLinks.get(
				1
			).attr(
				"href"
			).contains(
				"cur=2"
			),
			view.getName() + ": the second page link leads to page 2");

		_viewHarness.assertAccessible(view);
	}

	private static Course _course() {
		Course course = mock(Course.class);

		when(
			course.getTitle(TrainingViews.SWEDISH)
		).thenReturn(
			"MHFA Vuxen, Solna"
		);
		when(
			course.getTitle(TrainingViews.ENGLISH)
		).thenReturn(
			"MHFA Vuxen, Solna"
		);

		return course;
	}

	private static CourseSession _courseSession() {
		CourseSession courseSession = mock(CourseSession.class);

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
			courseSession.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_HYBRID
		);

		return courseSession;
	}

	private static Date _date(String isoInstant) {
		return Date.from(
			ZonedDateTime.parse(
				isoInstant
			).toInstant());
	}

	private static Registration _registration(
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
			registrationId + 1000
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
			registration.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			registration.getTrainingMethodId()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			registration.getOrganizationId()
		).thenReturn(
			_ORGANIZATION_ID
		);
		when(
			registration.getMotivation()
		).thenReturn(
			"Jag möter unga i mitt arbete."
		);
		when(
			registration.getHoldExpirationDate()
		).thenReturn(
			_date("2026-11-28T15:00:00Z")
		);

		return registration;
	}

	/**
	 * Requests 30001, 30002... from the people in _PERSON_NAMES; the fourth is the manager's own, the fifth is the
	 * first person's second request, for another course.
	 */
	private static List<Registration> _requests(int count) {
		List<Registration> registrations = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			String userName = (i < _PERSON_NAMES.length) ? _PERSON_NAMES[i] :
				"Medarbetare " + (i + 1);

			Registration registration = _registration(
				30001 + i, userName,
				RegistrationConstants.STATUS_PENDING_APPROVAL);

			if (i == 3) {
				when(
					registration.getUserId()
				).thenReturn(
					ViewHarness.USER_ID
				);
			}

			if (i == 4) {
				when(
					registration.getUserName()
				).thenReturn(
					_PERSON_NAMES[0]
				);
				when(
					registration.getCourseId()
				).thenReturn(
					_OTHER_COURSE_ID
				);
			}

			if (i == 1) {
				when(
					registration.getMotivation()
				).thenReturn(
					""
				);
			}

			registrations.add(registration);
		}

		return registrations;
	}

	private static TrainingMethod _trainingMethod() {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(TrainingViews.SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			trainingMethod.getName(TrainingViews.ENGLISH)
		).thenReturn(
			"MHFA Vuxen"
		);

		return trainingMethod;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<Registration> pendingRegistrations,
			Registration... visibleRegistrations)
		throws Exception {

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.getPendingApprovalsCount()
		).thenReturn(
			pendingRegistrations.size()
		);
		when(
			registrationService.getPendingApprovals(anyInt(), anyInt())
		).thenAnswer(
			invocation -> {
				int start = invocation.getArgument(0);
				int end = invocation.getArgument(1);

				if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS)) {
					return pendingRegistrations;
				}

				return pendingRegistrations.subList(
					Math.min(start, pendingRegistrations.size()),
					Math.min(end, pendingRegistrations.size()));
			}
		);

		for (Registration registration : visibleRegistrations) {
			when(
				registrationService.getRegistration(
					registration.getRegistrationId())
			).thenReturn(
				registration
			);
		}

		Course course = _course();

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(anyLong())
		).thenReturn(
			course
		);

		Course otherCourse = mock(Course.class);

		when(
			otherCourse.getTitle(viewRequest.getLocale())
		).thenReturn(
			"YAM, Sundbyberg"
		);
		when(
			courseLocalService.fetchCourse(_OTHER_COURSE_ID)
		).thenReturn(
			otherCourse
		);

		CourseSession courseSession = _courseSession();

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(anyLong())
		).thenReturn(
			courseSession
		);

		List<SessionDate> sessionDates = Arrays.asList(
			_sessionDate("2026-12-02T08:00:00Z", "2026-12-02T15:00:00Z"),
			_sessionDate("2026-12-09T08:00:00Z", "2026-12-09T15:00:00Z"));

		when(
			courseSessionLocalService.getSessionDates(anyLong())
		).thenReturn(
			sessionDates
		);

		TrainingMethod trainingMethod = _trainingMethod();

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(anyLong())
		).thenReturn(
			trainingMethod
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

		ViewApprovalsMVCRenderCommand renderCommand =
			new ViewApprovalsMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_courseLocalService", courseLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		TrainingViews.inject(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);

		return _viewHarness.render(
			"approvals-view", state, viewRequest, renderCommand::render);
	}

	private static SessionDate _sessionDate(String start, String end) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			_date(start)
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			_date(end)
		);

		return sessionDate;
	}

	private static final long _COURSE_ID = 40101;

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _ORGANIZATION_ID = 40301;

	private static final long _OTHER_COURSE_ID = 40102;

	/**
	 * The third name would be markup if the view did not escape it.
	 */
	private static final String[] _PERSON_NAMES = {
		"Anna Andersson", "Björn Berg", "Cecilia <b>Cederlund</b> & Co",
		"Maria Chef"
	};

	private static final long _TRAINING_METHOD_ID = 40001;

	private static ViewHarness _viewHarness;

}
