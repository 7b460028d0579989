package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
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
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.portlet.action.ViewMyTrainingMVCRenderCommand;

/**
 * my_training/view.jsp as a member of staff sees it, rendered by the real ViewMyTrainingMVCRenderCommand and
 * its MyTrainingDisplayContext: nothing yet, a confirmed registration, a place on the waitlist, an offered
 * seat, a completed course, and a cancellation refused after the deadline.
 *
 * @author Livsviktig
 */
public class MyTrainingViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void cancellationRefusedAfterTheDeadlineSaysWhomToContact(
			Locale locale)
		throws Exception {

		MyTraining myTraining = new MyTraining();

		myTraining.upcoming.add(
			myTraining.registration(11, RegistrationConstants.STATUS_CONFIRMED));
		myTraining.now = "2027-01-07T09:00:00Z";

		RenderedView view = _render(
			"cancellation-refused",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest,
					CancellationDeadlinePassedException.class.getName())
			),
			myTraining);

		view.assertAlert(
			"danger", view.message("your-request-could-not-be-completed")
		).assertAlert(
			"danger", view.message("the-cancellation-deadline-has-passed")
		).assertText(
			view.message(
				"the-cancellation-deadline-has-passed-to-cancel-contact-x",
				"Karin Berg")
		).assertLink(
			"karin.berg@livsby.se", "mailto:karin.berg@livsby.se"
		).assertNone(
			"button.livsviktig-cancel-registration",
			"after the deadline the participant cannot cancel"
		);

		Element errorSummary = view.getDocument(
		).getElementById(
			view.getNamespace() + "errorSummary"
		);

		Assertions.assertNotNull(
			errorSummary, view.getName() + ": the error summary is there");
		Assertions.assertEquals(
			"-1", errorSummary.attr("tabindex"),
			view.getName() + ": the error summary can take focus");
		Assertions.assertTrue(
			view.getHtml(
			).contains(
				"document.getElementById('" + view.getNamespace() +
					"errorSummary').focus()"
			),
			view.getName() + ": the error summary takes focus");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void confirmedRegistrationMayBeCancelledAndPutInTheCalendar(
			Locale locale)
		throws Exception {

		MyTraining myTraining = new MyTraining();

		myTraining.upcoming.add(
			myTraining.registration(11, RegistrationConstants.STATUS_CONFIRMED));
		myTraining.interests.add(
			myTraining.courseInterest(
				_COURSE_ID, CourseInterestConstants.STATUS_ACTIVE));

		RenderedView view = _render(
			"upcoming-confirmed", ViewRequest.in(locale), myTraining);

		String title = _title(locale);

		view.assertHeading(
			2, view.message("my-training")
		).assertHeading(
			3, view.message("upcoming-training")
		).assertHeading(
			3, view.message("past-training")
		).assertHeading(
			3, view.message("my-interest-list")
		).assertButton(
			view.message("cancel-registration") + ": " + title
		).assertButton(
			view.message("remove") + ": " + title
		).assertLink(
			view.message("download-calendar-file"), "p_p_lifecycle=2"
		).assertText(
			view.message("no-past-training-yet")
		).assertNone(
			".alert", "nothing happened that needs a message"
		);

		Elements rows = view.select(
			"table.livsviktig-upcoming-registrations tbody tr");

		Assertions.assertEquals(1, rows.size(), view.getName());

		Element row = rows.first();

		Assertions.assertTrue(
			row.selectFirst(
				"th[scope=row]"
			).text(
			).startsWith(
				title
			),
			view.getName() + ": the row is headed by the course");
		Assertions.assertTrue(
			row.text(
			).contains(
				"Stadshuset, sal 3, Livsby"
			),
			view.getName() + ": the row says where");
		Assertions.assertTrue(
			row.selectFirst(
				".livsviktig-registration-status"
			).text(
			).startsWith(
				view.message("confirmed")
			),
			view.getName() + ": the state is a localized label");

		Element cancelForm = row.selectFirst(
			"form:has(button.livsviktig-cancel-registration)");

		Assertions.assertEquals(
			"post", cancelForm.attr("method"), view.getName() + ": it posts");
		Assertions.assertTrue(
			cancelForm.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Ftraining%2Fcancel_registration"
			),
			view.getName() + ": to the cancel action: " + cancelForm.attr("action"));
		Assertions.assertTrue(
			cancelForm.attr(
				"action"
			).contains(
				"p_auth="
			),
			view.getName() + ": with the portal's CSRF token");
		Assertions.assertEquals(
			"11",
			cancelForm.select(
				"input[type=hidden][name=" + view.getNamespace() + "registrationId]"
			).attr(
				"value"
			),
			view.getName() + ": for this registration");
		Assertions.assertTrue(
			row.selectFirst(
				"a.livsviktig-calendar-file"
			).attr(
				"href"
			).contains(
				"registrationId=11"
			),
			view.getName() + ": the calendar file is this registration's");
		Assertions.assertTrue(
			row.selectFirst(
				"a.livsviktig-calendar-file"
			).attr(
				"href"
			).contains(
				"p_p_lifecycle=2"
			),
			view.getName() + ": fetched as a resource");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void nothingYetSaysSoInEachPart(Locale locale) throws Exception {
		RenderedView view = _render(
			"nothing-yet", ViewRequest.in(locale), new MyTraining());

		view.assertHeading(
			2, view.message("my-training")
		).assertText(
			view.message("no-upcoming-training")
		).assertText(
			view.message("no-past-training-yet")
		).assertText(
			view.message("you-are-not-on-any-interest-list")
		).assertNone(
			"table", "empty lists show a sentence, not an empty table"
		).assertNone(
			"button", "there is nothing to act on"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void offeredSeatMayBeAcceptedOrDeclinedUntilTheOfferEnds(
			Locale locale)
		throws Exception {

		MyTraining myTraining = new MyTraining();

		Registration registration = myTraining.registration(
			11, RegistrationConstants.STATUS_OFFERED);

		when(
			registration.getHoldExpirationDate()
		).thenReturn(
			Date.from(Instant.parse("2027-01-03T11:00:00Z"))
		);

		myTraining.upcoming.add(registration);

		RenderedView view = _render(
			"offered", ViewRequest.in(locale), myTraining);

		String title = _title(locale);

		view.assertButton(
			view.message("accept-seat") + ": " + title
		).assertButton(
			view.message("decline-seat") + ": " + title
		).assertNone(
			"a.livsviktig-calendar-file", "no calendar file before the seat is taken"
		).assertNone(
			"button.livsviktig-cancel-registration",
			"an offered seat is declined, not cancelled"
		);

		Assertions.assertTrue(
			view.select(
				".livsviktig-registration-status"
			).text(
			).startsWith(
				view.message("offered")
			),
			view.getName());
		Assertions.assertTrue(
			view.select(
				".livsviktig-offer-expiration"
			).text(
			).contains(
				"2027"
			),
			view.getName() + ": says until when the offer lasts");
		Assertions.assertEquals(
			1,
			view.select(
				"form[action*=javax.portlet.action=%2Ftraining%2Faccept_offer]"
			).size(),
			view.getName() + ": accept posts to its action");
		Assertions.assertEquals(
			1,
			view.select(
				"form[action*=javax.portlet.action=%2Ftraining%2Fdecline_offer]"
			).size(),
			view.getName() + ": decline posts to its action");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void pastCompletedCourseIsListedWithItsStateAndNoActions(
			Locale locale)
		throws Exception {

		MyTraining myTraining = new MyTraining();

		myTraining.past.add(
			myTraining.registration(9, RegistrationConstants.STATUS_COMPLETED));
		myTraining.now = "2027-02-01T09:00:00Z";

		RenderedView view = _render(
			"past-completed", ViewRequest.in(locale), myTraining);

		view.assertText(
			view.message("no-upcoming-training")
		).assertNone(
			"table.livsviktig-past-registrations button, table.livsviktig-past-registrations form",
			"a past registration has nothing to act on"
		);

		Elements rows = view.select(
			"table.livsviktig-past-registrations tbody tr");

		Assertions.assertEquals(1, rows.size(), view.getName());
		Assertions.assertTrue(
			rows.first(
			).selectFirst(
				"a.livsviktig-certificate"
			).attr(
				"href"
			).contains(
				"registrationId=9"
			),
			view.getName() + ": a completed course links to its certificate");
		Assertions.assertEquals(
			view.message("completed"),
			rows.first(
			).selectFirst(
				".livsviktig-registration-status"
			).text(),
			view.getName());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void waitlistedRegistrationShowsThePlaceInLine(Locale locale)
		throws Exception {

		MyTraining myTraining = new MyTraining();

		myTraining.upcoming.add(
			myTraining.registration(
				11, RegistrationConstants.STATUS_WAITLISTED));
		myTraining.waitlistPosition = 3;

		RenderedView view = _render(
			"waitlisted", ViewRequest.in(locale), myTraining);

		view.assertText(
			view.message("number-x-on-the-waitlist", 3)
		).assertButton(
			view.message("cancel-registration") + ": " + _title(locale)
		).assertNone(
			"a.livsviktig-calendar-file", "no calendar file without a seat"
		);

		Assertions.assertTrue(
			view.select(
				".livsviktig-registration-status"
			).text(
			).startsWith(
				view.message("waitlisted")
			),
			view.getName());

		_viewHarness.assertAccessible(view);
	}

	/**
	 * One person's registrations and interests, as the services would return them.
	 */
	private static class MyTraining {

		CourseInterest courseInterest(long courseId, int status) {
			CourseInterest courseInterest = mock(CourseInterest.class);

			when(
				courseInterest.getCourseId()
			).thenReturn(
				courseId
			);
			when(
				courseInterest.getStatus()
			).thenReturn(
				status
			);
			when(
				courseInterest.getCreateDate()
			).thenReturn(
				Date.from(Instant.parse("2026-11-02T10:00:00Z"))
			);

			return courseInterest;
		}

		Registration registration(long registrationId, int status) {
			Registration registration = mock(Registration.class);

			when(
				registration.getRegistrationId()
			).thenReturn(
				registrationId
			);
			when(
				registration.getStatus()
			).thenReturn(
				status
			);
			when(
				registration.getCourseSessionId()
			).thenReturn(
				_SESSION_ID
			);
			when(
				registration.getCourseId()
			).thenReturn(
				_COURSE_ID
			);
			when(
				registration.getTrainingMethodId()
			).thenReturn(
				_METHOD_ID
			);

			return registration;
		}

		final List<CourseInterest> interests = new ArrayList<>();
		String now = "2027-01-01T09:00:00Z";
		final List<Registration> past = new ArrayList<>();
		final List<Registration> upcoming = new ArrayList<>();
		int waitlistPosition;

	}

	private static String _title(Locale locale) {
		if (locale == TrainingViews.SWEDISH) {
			return "Första hjälpen till psykisk hälsa";
		}

		return "Mental Health First Aid";
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, MyTraining myTraining)
		throws Exception {

		RegistrationService registrationService = mock(
			RegistrationService.class);

		when(
			registrationService.getMyRegistrationsCount(
				any(int[].class))
		).thenAnswer(
			invocation -> {
				int[] statuses = invocation.getArgument(0);

				if (statuses == RegistrationConstants.UPCOMING_STATUSES) {
					return myTraining.upcoming.size();
				}

				return myTraining.past.size();
			}
		);
		when(
			registrationService.getMyRegistrations(
				any(int[].class), anyInt(), anyInt())
		).thenAnswer(
			invocation -> {
				int[] statuses = invocation.getArgument(0);

				if (statuses == RegistrationConstants.UPCOMING_STATUSES) {
					return myTraining.upcoming;
				}

				return myTraining.past;
			}
		);
		when(
			registrationService.getWaitlistPosition(11)
		).thenReturn(
			myTraining.waitlistPosition
		);

		CourseInterestService courseInterestService = mock(
			CourseInterestService.class);

		when(
			courseInterestService.getMyCourseInterests()
		).thenReturn(
			myTraining.interests
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(TrainingViews.SWEDISH)
		).thenReturn(
			_title(TrainingViews.SWEDISH)
		);
		when(
			course.getTitle(TrainingViews.ENGLISH)
		).thenReturn(
			_title(TrainingViews.ENGLISH)
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getStartDate()
		).thenReturn(
			Date.from(Instant.parse("2027-01-12T08:00:00Z"))
		);
		when(
			courseSession.getEndDate()
		).thenReturn(
			Date.from(Instant.parse("2027-01-13T15:00:00Z"))
		);
		when(
			courseSession.getCancellationDeadline()
		).thenReturn(
			Date.from(Instant.parse("2027-01-05T22:59:00Z"))
		);
		when(
			courseSession.getVenueName()
		).thenReturn(
			"Stadshuset, sal 3"
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			"Livsby"
		);
		when(
			courseSession.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE
		);
		when(
			courseSession.getCoordinatorUserId()
		).thenReturn(
			_COORDINATOR_ID
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(_SESSION_ID)
		).thenReturn(
			courseSession
		);

		TrainingMethod trainingMethod = TrainingViews.trainingMethod(
			_METHOD_ID, "MHFA Vuxen", "MHFA Adult");

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		User coordinator = mock(User.class);

		when(
			coordinator.getFullName()
		).thenReturn(
			"Karin Berg"
		);
		when(
			coordinator.getEmailAddress()
		).thenReturn(
			"karin.berg@livsby.se"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(_COORDINATOR_ID)
		).thenReturn(
			coordinator
		);

		ViewMyTrainingMVCRenderCommand renderCommand =
			new ViewMyTrainingMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_clock",
			Clock.fixed(Instant.parse(myTraining.now), ZoneOffset.UTC));
		TrainingViews.inject(
			renderCommand, "_courseInterestService", courseInterestService);
		TrainingViews.inject(
			renderCommand, "_courseLocalService", courseLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		TrainingViews.inject(
			renderCommand, "_registrationService", registrationService);
		TrainingViews.inject(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);
		TrainingViews.inject(
			renderCommand, "_userLocalService", userLocalService);

		return _viewHarness.render(
			"my_training-view", state, viewRequest, renderCommand::render);
	}

	private static final long _COORDINATOR_ID = 30001;

	private static final long _COURSE_ID = 41001;

	private static final long _METHOD_ID = 40001;

	private static final long _SESSION_ID = 42001;

	private static ViewHarness _viewHarness;

}
