package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.exception.CheckInClosedException;
import se.livsviktig.training.exception.CheckInCodeException;
import se.livsviktig.training.exception.CheckInNotConfirmedException;
import se.livsviktig.training.exception.CheckInNotRegisteredException;
import se.livsviktig.training.exception.DuplicateCheckInException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;
import se.livsviktig.training.web.internal.portlet.action.ViewCourseSessionMVCRenderCommand;

/**
 * A session's page in each state a member of staff can meet it in, with the actions that fit the state, in
 * Swedish and English.
 *
 * @author Livsviktig
 */
public class CourseSessionViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void notRegisteredYetOffersTheRegistrationForm(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"nothing-yet", ViewRequest.in(locale),
			courseSession -> {
				courseSession.setApprovalRequired(true);
				courseSession.setDietaryNeedsRequested(true);
			},
			null, 0);

		view.assertHeading(
			2,
			(locale == TrainingViews.SWEDISH) ?
				"MHFA Första hjälpen till psykisk hälsa – Vuxen" :
					"MHFA Mental Health First Aid – Adult"
		).assertHeading(
			3, view.message("your-registration")
		).assertText(
			view.message("you-are-not-registered-yet")
		).assertButton(
			view.message("register")
		).assertText(
			"Kulturmagasinet, sal Tonhallen, Packhusgatan 4, Sundsvall"
		);

		view.assertField(
			"motivation", view.message("motivation-for-your-manager"));
		view.assertField("dietaryNeeds", view.message("dietary-needs"));

		_assertFormPostsTo(view, "%2Ftraining%2Fregister");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void whoMayRegisterOthersCanRegisterAColleague(Locale locale)
		throws Exception {

		_mayRegisterOthers = true;

		try {
			RenderedView view = _render(
				"register-colleague", ViewRequest.in(locale),
				courseSession -> {
				},
				_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

			view.assertHeading(
				3, view.message("register-a-colleague")
			).assertButton(
				view.message("register-the-colleague")
			);

			view.assertField(
				"colleagueEmailAddress",
				view.message("your-colleagues-email-address"));

			_assertFormPostsTo(view, "%2Ftraining%2Fregister_colleague");

			_viewHarness.assertAccessible(view);
		}
		finally {
			_mayRegisterOthers = false;
		}
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aFullSessionOffersTheWaitlist(Locale locale) throws Exception {
		RenderedView view = _render(
			"full", ViewRequest.in(locale),
			courseSession -> courseSession.setSeatsTaken(20), null, 0);

		view.assertText(
			view.message("the-session-is-full-you-can-join-the-waitlist")
		).assertButton(
			view.message("join-the-waitlist")
		).assertNone(
			"textarea", "no motivation is asked for when no approval is needed"
		).assertNone(
			"input[type=email]",
			"without the permission nobody is offered to register a colleague"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aClosedSessionSaysSoAndOffersNothing(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"closed", ViewRequest.in(locale),
			courseSession -> courseSession.setRegistrationCloseDate(
				SessionViews.days(-1)),
			null, 0);

		view.assertText(
			view.message("registration-is-not-open-for-this-session")
		).assertNone(
			"form", "a closed session has nothing to submit"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRegisteredUserMayCancelBeforeTheDeadline(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"registered", ViewRequest.in(locale), courseSession -> {
			},
			_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

		view.assertText(
			view.message("you-are-registered")
		).assertButton(
			view.message("cancel-registration")
		);

		_assertFormPostsTo(view, "%2Ftraining%2Fcancel_registration");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void afterTheDeadlineTheUserIsToldWhomToAsk(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"registered-after-deadline", ViewRequest.in(locale),
			courseSession -> courseSession.setCancellationDeadline(
				SessionViews.days(-1)),
			_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

		view.assertText(
			view.message(
				"the-cancellation-deadline-has-passed-contact-the-coordinator")
		).assertNone(
			"form", "after the deadline the participant cannot cancel alone"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aWaitlistedUserSeesTheirPosition(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"waitlisted", ViewRequest.in(locale),
			courseSession -> courseSession.setSeatsTaken(20),
			_registration(RegistrationConstants.STATUS_WAITLISTED), 3);

		view.assertText(
			view.message("you-are-number-x-on-the-waitlist", 3)
		).assertButton(
			view.message("leave-the-waitlist")
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void anOfferedSeatCanBeAcceptedOrDeclined(Locale locale)
		throws Exception {

		Registration registration = _registration(
			RegistrationConstants.STATUS_OFFERED);

		registration.setHoldExpirationDate(SessionViews.days(2));

		RenderedView view = _render(
			"offered", ViewRequest.in(locale), courseSession -> {
			},
			registration, 0);

		view.assertButton(
			view.message("accept-the-seat")
		).assertButton(
			view.message("decline-the-seat")
		);

		_assertFormPostsTo(view, "%2Ftraining%2Faccept_offer");
		_assertFormPostsTo(view, "%2Ftraining%2Fdecline_offer");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aRefusedRegistrationExplainsWhyAndKeepsWhatWasTyped(
			Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"dietaryNeeds", "Vegetarisk, ingen nötter"
		).afterAction(
			renderRequest -> SessionErrors.add(
				renderRequest, RegistrationClosedException.class)
		);

		RenderedView view = _render(
			"refused", viewRequest,
			courseSession -> courseSession.setDietaryNeedsRequested(true), null,
			0);

		view.assertAlert(
			"danger",
			view.message("registration-for-this-session-has-closed")
		).assertFieldValue(
			"dietaryNeeds", "Vegetarisk, ingen nötter"
		);

		Element errorSummary = view.select(
			"#" + view.getNamespace() + "errorSummary"
		).first();

		Assertions.assertNotNull(
			errorSummary, view.getName() + ": the error summary is there");
		Assertions.assertEquals(
			"-1", errorSummary.attr("tabindex"),
			view.getName() + ": the error summary can take the focus");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aSuccessfulRegistrationIsConfirmed(Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).afterAction(
			renderRequest -> SessionMessages.add(
				renderRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
				"you-are-registered")
		);

		RenderedView view = _render(
			"saved", viewRequest, courseSession -> {
			},
			_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

		view.assertAlert("success", view.message("you-are-registered"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theQrCodesLinkOpensACheckInPrefilledWithTheCode(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"check-in", ViewRequest.in(locale).parameter("checkInCode", "ABC234"),
			courseSession -> {
			},
			_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

		view.assertHeading(
			3, view.message("check-in")
		).assertText(
			view.message("check-in-help")
		).assertButton(
			view.message("check-in-now")
		).assertFieldValue(
			"checkInCode", "ABC234"
		);

		view.assertField("checkInCode", view.message("check-in-code"));

		_assertFormPostsTo(view, "%2Ftraining%2Fcheck_in");

		Element checkInForm = view.select(
			"#" + view.getNamespace() + "checkInForm"
		).first();

		Assertions.assertNotNull(
			checkInForm, view.getName() + ": the check-in form is there");
		Assertions.assertEquals(
			"post", checkInForm.attr("method"),
			view.getName() + ": only the button's POST checks in, never the link's GET");
		Assertions.assertTrue(
			view.select(
				"form"
			).first(
			).id(
			).equals(
				view.getNamespace() + "checkInForm"
			),
			view.getName() + ": on a phone the check-in is the first thing on the page");

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	@MethodSource("refusedCheckIns")
	@ParameterizedTest
	public void aRefusedCheckInSaysWhyAndKeepsTheCode(
			Locale locale, Class<? extends Exception> exceptionClass,
			String messageKey)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"checkInCode", "ABC235"
		).afterAction(
			renderRequest -> SessionErrors.add(renderRequest, exceptionClass)
		);

		RenderedView view = _render(
			"check-in-refused-" + exceptionClass.getSimpleName(), viewRequest,
			courseSession -> {
			},
			null, 0);

		view.assertAlert(
			"danger", view.message(messageKey)
		).assertFieldValue(
			"checkInCode", "ABC235"
		);

		String namespace = view.getNamespace();

		Element errorSummary = view.select(
			"#" + namespace + "errorSummary"
		).first();

		Assertions.assertNotNull(
			errorSummary, view.getName() + ": the error summary is there");
		Assertions.assertEquals(
			"-1", errorSummary.attr("tabindex"),
			view.getName() + ": the error summary can take the focus");
		Assertions.assertTrue(
			view.select(
				"script"
			).html(
			).contains(
				"getElementById('" + namespace + "errorSummary').focus()"
			),
			view.getName() + ": the error summary takes the focus");

		_viewHarness.assertAccessible(view, 375);
	}

	public static Stream<Arguments> refusedCheckIns() {
		List<Arguments> arguments = new ArrayList<>();

		Object[][] refusals = {
			{
				CheckInClosedException.class,
				"check-in-with-this-code-is-not-open-now"
			},
			{
				CheckInCodeException.class,
				"the-check-in-code-is-not-right-for-this-session"
			},
			{
				CheckInNotConfirmedException.class,
				"you-have-no-confirmed-seat-on-this-session-so-you-cannot-check-in"
			},
			{
				CheckInNotRegisteredException.class,
				"you-are-not-registered-on-this-session-so-you-cannot-check-in"
			},
			{
				DuplicateCheckInException.class,
				"you-are-already-checked-in-for-this-session-date"
			}
		};

		TrainingViews.locales(
		).forEach(
			locale -> {
				for (Object[] refusal : refusals) {
					arguments.add(Arguments.of(locale, refusal[0], refusal[1]));
				}
			}
		);

		return arguments.stream();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aCheckInIsConfirmedAndNotOfferedAgain(Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).afterAction(
			renderRequest -> SessionMessages.add(
				renderRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
				CourseSessionDisplayContext.CHECKED_IN_MESSAGE_KEY)
		);

		RenderedView view = _render(
			"checked-in", viewRequest,
			courseSession -> {
			},
			_registration(RegistrationConstants.STATUS_CONFIRMED), 0);

		view.assertAlert(
			"success", view.message("you-are-checked-in-and-marked-present")
		).assertNone(
			"#" + view.getNamespace() + "checkInForm",
			"after checking in there is nothing more to check in"
		);

		_viewHarness.assertAccessible(view, 375);
	}

	private static void _assertFormPostsTo(
		RenderedView view, String actionName) {

		Assertions.assertFalse(
			view.select(
				"form[method=post][action*=" + actionName + "]"
			).isEmpty(),
			view.getName() + ": a form posts to " + actionName);
	}

	private static Registration _registration(int status) {
		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(901);
		registration.setCourseSessionId(_COURSE_SESSION_ID);
		registration.setUserId(ViewHarness.USER_ID);
		registration.setStatus(status);

		return registration;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			Consumer<CourseSession> sessionValues, Registration registration,
			int waitlistPosition)
		throws Exception {

		CourseSession courseSession = SessionViews.courseSession(
			_COURSE_SESSION_ID, 20, 12);

		sessionValues.accept(courseSession);

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
			SessionViews.sessionDates(courseSession)
		);

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.fetchMyRegistration(_COURSE_SESSION_ID)
		).thenReturn(
			registration
		);
		when(
			registrationService.getWaitlistPosition(anyLong())
		).thenReturn(
			waitlistPosition
		);

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(), anyLong(), eq(TrainingActionKeys.REGISTER_OTHERS))
		).thenReturn(
			_mayRegisterOthers
		);

		ViewCourseSessionMVCRenderCommand renderCommand =
			new ViewCourseSessionMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_portal", mock(Portal.class));
		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);

		TrainingViews.inject(
			renderCommand, "_courseLocalService",
			SessionViews.courseLocalService());
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService",
			SessionViews.trainingMethodService());

		return _viewHarness.render(
			"course_catalog-view_course_session", state,
			viewRequest.parameter(
				"courseSessionId", String.valueOf(_COURSE_SESSION_ID)),
			renderCommand::render);
	}

	private static final long _COURSE_SESSION_ID = 4711;

	private static ViewHarness _viewHarness;

	private boolean _mayRegisterOthers;

}
