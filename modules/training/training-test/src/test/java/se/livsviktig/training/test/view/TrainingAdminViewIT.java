package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.portlet.action.AdminEditCourseMVCRenderCommand;
import se.livsviktig.training.web.internal.portlet.action.AdminEditCourseSessionMVCRenderCommand;
import se.livsviktig.training.web.internal.portlet.action.AdminViewCourseSessionsMVCRenderCommand;
import se.livsviktig.training.web.internal.portlet.action.AdminViewCoursesMVCRenderCommand;
import se.livsviktig.training.web.internal.portlet.action.AdminViewTrainingMethodsMVCRenderCommand;

/**
 * Livsviktig – Utbildning's views, from the real render commands with the remote services as doubles: the
 * sessions list empty, with rows and filtered to nothing; the courses and methods lists; the session form new,
 * after a refused save and for a saved session with quotas; the course form new and after a refused save. Each
 * in Swedish and English, DOM asserted, axe-clean, screenshot kept.
 *
 * @author Livsviktig
 */
public class TrainingAdminViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void courseFormAfterARefusedSaveKeepsWhatWasTyped(Locale locale)
		throws Exception {

		RenderedView view = _renderCourseForm(
			"refused-save",
			ViewRequest.in(
				locale
			).parameter(
				"title_sv_SE", ""
			).parameter(
				"title_en_US", "Dare to ask <b>now</b>"
			).parameter(
				"durationHours", "7.5"
			).parameter(
				"trainingMethodId", "2"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, CourseTitleException.class,
					new CourseTitleException())
			));

		String swedish = new Locale(
			"sv"
		).getDisplayLanguage(
			locale
		);

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertFieldValue(
			"title_en_US", "Dare to ask <b>now</b>"
		).assertFieldValue(
			"durationHours", "7.5"
		);

		Assertions.assertEquals(
			"#" + view.getNamespace() + "title_sv_SE",
			view.select(
				".alert-danger li a"
			).attr(
				"href"
			),
			view.getName() + ": the error leads to the Swedish title");
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "title_sv_SEError"
			).text(
			).contains(
				view.message(
					"enter-a-title-in-x-of-at-most-x-characters", swedish,
					view.select(
						"#" + view.getNamespace() + "title_sv_SE"
					).attr(
						"maxlength"
					))
			),
			view.getName() + ": the message stands next to the field too");
		Assertions.assertEquals(
			"true",
			view.select(
				"#" + view.getNamespace() + "title_sv_SE"
			).attr(
				"aria-invalid"
			));
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "trainingMethodId option[selected]"
			).text(
			).contains(
				"YAM"
			),
			view.getName() + ": the chosen method is kept");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void courseFormOfACourseWithRegistrationsExplainsTheRefusedDelete(
			Locale locale)
		throws Exception {

		RenderedView view = _renderCourseForm(
			"refused-delete",
			ViewRequest.in(
				locale
			).parameter(
				"courseId", "501"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, RequiredCourseException.class,
					new RequiredCourseException())
			));

		view.assertHeading(
			1, view.message("edit-course")
		).assertAlert(
			"danger",
			view.message("the-course-has-registrations-archive-it-instead")
		).assertButton(
			view.message("archive")
		).assertButton(
			view.message("delete")
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void courseFormForANewCourseHasALabelledFieldForEverything(
			Locale locale)
		throws Exception {

		RenderedView view = _renderCourseForm("new", ViewRequest.in(locale));

		String english = Locale.ENGLISH.getDisplayLanguage(locale);

		view.assertHeading(1, view.message("add-course"));
		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("title_sv_SE", view.message("title-in-x", new Locale("sv").getDisplayLanguage(locale)));
		view.assertField("title_en_US", view.message("title-in-x", english));
		view.assertField(
			"description_en_US", view.message("description-in-x", english));
		view.assertField(
			"targetAudience_en_US",
			view.message("target-audience-in-x", english));
		view.assertField("durationHours", view.message("duration-hours"));
		view.assertField(
			"autoBookInterested",
			view.message("book-the-interest-list-when-a-session-is-published"));
		view.assertButton(
			view.message("save")
		).assertNone(
			".alert", "a new form shows no messages"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void coursesListHasItsRowsAndFilters(Locale locale)
		throws Exception {

		RenderedView view = _viewHarness.render(
			"training_admin-view_courses", "list", ViewRequest.in(locale),
			_coursesCommand()::render);

		view.assertHeading(
			2, view.message("courses")
		).assertTableRows(
			2
		).assertText(
			locale.equals(TrainingViews.SWEDISH) ? "<Våga> fråga" :
				"<Dare> to ask"
		).assertLink(
			view.message("add-course"), "edit_course"
		).assertLink(
			view.message("sessions"), "courseId=501"
		).assertLink(
			view.message("interest-list"), "view_course_interests"
		);

		view.assertField("keywords", view.message("search"));
		view.assertField("status", view.message("status"));
		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("orderByCol", view.message("order-by"));

		Assertions.assertEquals(
			"page",
			view.select(
				"a.nav-link.active"
			).attr(
				"aria-current"
			));
		Assertions.assertEquals(
			view.message("courses"), view.select("a.nav-link.active").text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionFormAfterARefusedSaveShowsEachErrorByItsField(
			Locale locale)
		throws Exception {

		RenderedView view = _renderSessionForm(
			"refused-save",
			ViewRequest.in(
				locale
			).parameter(
				"courseId", "501"
			).parameter(
				"deliveryMode", "0"
			).parameter(
				"venueName", ""
			).parameter(
				"locality", "Kiruna"
			).parameter(
				"seats", "12"
			).parameter(
				"dateCount", "1"
			).parameter(
				"startDate0", "2030-03-14T09:00"
			).parameter(
				"endDate0", "2030-03-14T16:00"
			).parameter(
				"quotaCount", "1"
			).parameter(
				"quotaOrganizationId0", "301"
			).parameter(
				"quotaSeats0", "40"
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, SessionVenueException.class.getName(),
						new SessionVenueException.MustHaveVenue("no venue"));
					SessionErrors.add(
						renderRequest, SessionQuotaException.class.getName(),
						new SessionQuotaException());
				}
			));

		view.assertHeading(
			1, view.message("add-session")
		).assertAlert(
			"danger", view.message("a-session-on-site-needs-a-venue")
		).assertAlert(
			"danger", view.message("each-quota-needs-an-organisation")
		).assertFieldValue(
			"locality", "Kiruna"
		).assertFieldValue(
			"seats", "12"
		).assertFieldValue(
			"startDate0", "2030-03-14T09:00"
		).assertFieldValue(
			"quotaSeats0", "40"
		);

		Assertions.assertEquals(
			List.of(
				"#" + view.getNamespace() + "quotaOrganizationId0",
				"#" + view.getNamespace() + "venueName"),
			view.select(
				".alert-danger li a"
			).eachAttr(
				"href"
			));
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "venueNameError"
			).text(
			).contains(
				view.message("a-session-on-site-needs-a-venue")
			));
		Assertions.assertEquals(
			"errorSummary",
			view.select(
				"[tabindex=-1]"
			).attr(
				"id"
			).replace(
				view.getNamespace(), ""
			),
			view.getName() + ": the summary can take the focus");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionFormForANewSessionHasALabelledFieldForEverything(
			Locale locale)
		throws Exception {

		RenderedView view = _renderSessionForm("new", ViewRequest.in(locale));

		view.assertHeading(1, view.message("add-session"));
		view.assertField("courseId", view.message("course"));
		view.assertField("startDate0", view.message("date-x-starts", 1));
		view.assertField("endDate1", view.message("date-x-ends", 2));
		view.assertField("deliveryMode", view.message("delivery-mode"));
		view.assertField("venueName", view.message("venue"));
		view.assertField("venueAddress", view.message("venue-address"));
		view.assertField("locality", view.message("locality"));
		view.assertField(
			"onlineMeetingURL", view.message("online-meeting-link"));
		view.assertField("seats", view.message("seats"));
		view.assertField("waitlistMode", view.message("when-a-seat-is-freed"));
		view.assertField(
			"offerHours", view.message("hours-to-accept-an-offered-seat"));
		view.assertField(
			"quotaOrganizationId0", view.message("administration-of-quota-x", 1));
		view.assertField("quotaSeats0", view.message("seats-of-quota-x", 1));
		view.assertField(
			"quotaReleaseDate0", view.message("quota-x-reserved-until", 1));
		view.assertField("audienceOrganizationIds301", "Socialförvaltningen");
		view.assertField(
			"registrationOpenDate", view.message("registration-opens"));
		view.assertField(
			"registrationCloseDate", view.message("registration-closes"));
		view.assertField(
			"cancellationDeadline", view.message("cancellation-deadline"));
		view.assertField(
			"approvalRequired",
			view.message("the-manager-must-approve-each-registration"));
		view.assertField(
			"dietaryNeedsRequested",
			view.message("ask-participants-for-dietary-needs"));
		view.assertField("note", view.message("note-to-participants"));

		view.assertButton(
			view.message("save")
		).assertNone(
			".alert", "a new form shows no messages"
		).assertNone(
			"form[action*=publish_course_session]",
			"a session not yet saved has nothing to publish"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionFormShowsTheOrganisationsAsATree(Locale locale)
		throws Exception {

		RenderedView view = _renderSessionForm(
			"organisation-tree", ViewRequest.in(locale));

		// Each unit under the förvaltning above it, indented, its path read out before its name

		Assertions.assertEquals(
			List.of(
				"audienceOrganizationIds302", "audienceOrganizationIds301",
				"audienceOrganizationIds303", "audienceOrganizationIds304",
				"audienceOrganizationIds305"),
			view.select(
				".organization-tree input[type=checkbox]"
			).eachAttr(
				"id"
			).stream(
			).map(
				id -> id.substring(view.getNamespace().length())
			).collect(
				Collectors.toList()
			));
		Assertions.assertEquals(
			List.of("0", "0", "0", "1", "2"),
			view.select(
				".organization-tree > li"
			).eachAttr(
				"data-depth"
			));

		view.assertField(
			"audienceOrganizationIds304",
			"Vård- och omsorgsförvaltningen › Hemtjänst Norr");
		view.assertField(
			"audienceOrganizationIds305",
			"Vård- och omsorgsförvaltningen › Hemtjänst Norr › " +
				"Hemtjänst Norr, nattpatrull");
		Assertions.assertEquals(
			"Hemtjänst Norr",
			((TextNode)view.select(
				"label[for=" + view.getNamespace() +
					"audienceOrganizationIds304] .sr-only"
			).first(
			).nextSibling()).text(
			).trim(),
			"the name is what the eye sees; the path above it is for screen readers");
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "quotaOrganizationId0 option"
			).eachText(
			).contains(
				"Vård- och omsorgsförvaltningen › Hemtjänst Norr"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionFormOfASavedSessionShowsItsDatesQuotasAndActions(
			Locale locale)
		throws Exception {

		RenderedView view = _renderSessionForm(
			"with-quotas",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", "601"
			));

		view.assertHeading(
			1, view.message("edit-session")
		).assertText(
			locale.equals(TrainingViews.SWEDISH) ? "<Våga> fråga" :
				"<Dare> to ask"
		).assertFieldValue(
			"startDate0", "2030-03-14T09:00"
		).assertFieldValue(
			"endDate0", "2030-03-14T16:00"
		).assertFieldValue(
			"startDate1", ""
		).assertFieldValue(
			"venueName", "Stadshuset <sal 2>"
		).assertFieldValue(
			"quotaSeats0", "5"
		).assertFieldValue(
			"quotaReleaseDate0", "2030-03-07"
		).assertFieldValue(
			"quotaSeats1", ""
		).assertButton(
			view.message("publish")
		).assertButton(
			view.message("cancel-session")
		).assertButton(
			view.message("archive")
		).assertButton(
			view.message("delete")
		);

		view.assertField(
			"cancellationReason",
			view.message("reason-for-cancelling-told-to-participants"));

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "quotaOrganizationId0 option[selected]"
			).text(
			).contains(
				"Socialförvaltningen"
			));
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "audienceOrganizationIds302"
			).hasAttr(
				"checked"
			));
		Assertions.assertFalse(
			view.select(
				"#" + view.getNamespace() + "audienceOrganizationIds301"
			).hasAttr(
				"checked"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionsListFilteredToNothingSaysSoAndOffersToClear(
			Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"filtered-empty",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "Haparanda"
			).parameter(
				"status", "10"
			),
			List.of());

		view.assertText(
			view.message("no-sessions-match-the-search")
		).assertLink(
			view.message("clear-filters"), "view_course_sessions"
		).assertFieldValue(
			"keywords", "Haparanda"
		).assertNone(
			"table", "no table without rows"
		);

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "status option[selected]"
			).text(
			).equals(
				view.message("cancelled")
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionsListOffersNoAddButtonToAReaderWhoMayNotAdd(
			Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"read-only", ViewRequest.in(locale), List.of(), false);

		view.assertHeading(
			2, view.message("sessions")
		).assertNone(
			"a[href*=edit_course_session]",
			"no way to a form the service would refuse to save"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionsListWithoutSessionsSaysThereAreNone(Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"empty", ViewRequest.in(locale), List.of());

		view.assertHeading(
			2, view.message("sessions")
		).assertText(
			view.message("no-sessions-yet")
		).assertLink(
			view.message("add-session"), "edit_course_session"
		).assertNone(
			"table", "no table without rows"
		);

		Assertions.assertEquals(
			"get", view.select("form[role=search]").attr("method"),
			view.getName() + ": searching is a GET, so the list's address can be shared");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void sessionsListWithRowsEscapesWhatCoordinatorsTyped(Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"list", ViewRequest.in(locale),
			List.of(_courseSession(601, false), _courseSession(602, true)));

		view.assertTableRows(
			2
		).assertText(
			locale.equals(TrainingViews.SWEDISH) ? "<Våga> fråga" :
				"<Dare> to ask"
		).assertText(
			"Stadshuset <sal 2>, Kiruna"
		).assertText(
			view.message("online")
		).assertText(
			view.message("x-of-x", 3, 20)
		).assertText(
			view.message("x-of-x", 2, 2)
		).assertText(
			view.message("x-of-x", 0, 2)
		).assertAlert(
			"warning",
			view.message(
				"one-session-on-this-page-has-fewer-accepted-instructors-than-" +
					"its-method-needs")
		).assertLink(
			view.message("participants"), "view_session_participants"
		).assertLink(
			view.message("edit"), "courseSessionId=602"
		);

		Element participantsLink = view.select(
			"a[href*=view_session_participants]"
		).first();

		Assertions.assertTrue(
			participantsLink.attr(
				"href"
			).contains(
				"courseSessionId=601"
			),
			view.getName() + ": the participants link names its session");
		Assertions.assertTrue(
			view.select(
				"script:containsData(alert)"
			).isEmpty(),
			view.getName() + ": nothing typed became markup");

		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("courseId", view.message("course"));
		view.assertText(view.message("x-results", 2));

		Assertions.assertEquals(
			"status",
			view.select(
				".alert-warning"
			).parents(
			).attr(
				"role"
			),
			view.getName() + ": the staffing warning is read out");
		Assertions.assertEquals(
			1, view.select("tbody .label-warning").size(),
			view.getName() + ": only the session short of instructors is marked");
		Assertions.assertTrue(
			view.select(
				"tbody tr:has(a[href*=courseSessionId=602]) .label-warning"
			).hasText(),
			view.getName() + ": the session short of instructors is 602");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void trainingMethodsListHasItsRows(Locale locale) throws Exception {
		TrainingMethodService trainingMethodService = _trainingMethodService();

		AdminViewTrainingMethodsMVCRenderCommand renderCommand =
			new AdminViewTrainingMethodsMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			mock(PortletResourcePermission.class));
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", trainingMethodService);

		RenderedView view = _viewHarness.render(
			"training_admin-view_training_methods", "list",
			ViewRequest.in(locale), renderCommand::render);

		view.assertHeading(
			2, view.message("training-methods")
		).assertTableRows(
			2
		).assertText(
			"MHFA Vuxen".equals(
				TrainingViews.trainingMethods(1).get(0).getName(locale)) ?
					"MHFA Vuxen" : "MHFA Adult"
		).assertNone(
			"a.btn-primary", "only those who may add methods see Add"
		);

		Assertions.assertEquals(
			2,
			view.select(
				"form[action*=archive_training_method] button[type=submit]"
			).size(),
			view.getName() + ": each active method can be archived");
		Assertions.assertEquals(
			List.of("1", "2"),
			view.select(
				"form[action*=archive_training_method] input[name$=trainingMethodId]"
			).eachAttr(
				"value"
			),
			view.getName() + ": each form archives its own method");

		_viewHarness.assertAccessible(view);
	}

	private static Date _at(int month, int day, int hour) {
		return Date.from(
			ZonedDateTime.of(
				2030, month, day, hour, 0, 0, 0, ZoneId.of("Europe/Stockholm")
			).toInstant());
	}

	private Course _course(long courseId, String swedish, String english) {
		Course course = mock(Course.class);

		when(
			course.getCourseId()
		).thenReturn(
			courseId
		);
		when(
			course.getGroupId()
		).thenReturn(
			ViewHarness.SITE_GROUP_ID
		);
		when(
			course.getTrainingMethodId()
		).thenReturn(
			1L
		);
		when(
			course.getTitle(TrainingViews.SWEDISH)
		).thenReturn(
			swedish
		);
		when(
			course.getTitle(TrainingViews.ENGLISH)
		).thenReturn(
			english
		);
		when(
			course.getTitle(TrainingViews.SWEDISH, false)
		).thenReturn(
			swedish
		);
		when(
			course.getTitle(TrainingViews.ENGLISH, false)
		).thenReturn(
			english
		);
		when(
			course.getDurationHours()
		).thenReturn(
			7.5
		);
		when(
			course.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);

		return course;
	}

	private CourseService _courseService() {
		CourseService courseService = mock(CourseService.class);

		List<Course> courses = List.of(
			_course(501, "<Våga> fråga", "<Dare> to ask"),
			_course(502, "MHFA Vuxen grund", "MHFA Adult basics"));

		when(
			courseService.searchCourses(
				anyLong(), any(), anyInt(), anyLong(), anyInt(), anyInt(),
				any())
		).thenReturn(
			courses
		);
		when(
			courseService.searchCoursesCount(
				anyLong(), any(), anyInt(), anyLong())
		).thenReturn(
			courses.size()
		);

		return courseService;
	}

	private CourseSession _courseSession(long courseSessionId, boolean online) {
		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			courseSessionId
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			501L
		);
		when(
			courseSession.getTrainingMethodId()
		).thenReturn(
			1L
		);
		when(
			courseSession.getDeliveryMode()
		).thenReturn(
			online ? CourseSessionConstants.DELIVERY_MODE_ONLINE :
				CourseSessionConstants.DELIVERY_MODE_ON_SITE
		);
		when(
			courseSession.getVenueName()
		).thenReturn(
			online ? "" : "Stadshuset <sal 2>"
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			online ? "" : "Kiruna"
		);
		when(
			courseSession.getOnlineMeetingURL()
		).thenReturn(
			online ? "https://meet.example.se/mhfa" : ""
		);
		when(
			courseSession.getStartDate()
		).thenReturn(
			_at(3, 14, 9)
		);
		when(
			courseSession.getEndDate()
		).thenReturn(
			_at(3, 15, 16)
		);
		when(
			courseSession.getSeats()
		).thenReturn(
			20
		);
		when(
			courseSession.getSeatsTaken()
		).thenReturn(
			3
		);
		when(
			courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_DRAFT
		);

		return courseSession;
	}

	private AdminViewCoursesMVCRenderCommand _coursesCommand() {
		AdminViewCoursesMVCRenderCommand renderCommand =
			new AdminViewCoursesMVCRenderCommand();

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(), anyLong(), eq("ADD_COURSE"))
		).thenReturn(
			true
		);

		TrainingViews.inject(renderCommand, "_courseService", _courseService());
		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", _trainingMethodService());

		return renderCommand;
	}

	private Organization _organization(long organizationId, String name) {
		return _organization(organizationId, name, 0);
	}

	private Organization _organization(
		long organizationId, String name, long parentOrganizationId) {

		Organization organization = mock(Organization.class);

		when(
			organization.getParentOrganizationId()
		).thenReturn(
			parentOrganizationId
		);

		when(
			organization.getOrganizationId()
		).thenReturn(
			organizationId
		);
		when(
			organization.getName()
		).thenReturn(
			name
		);

		return organization;
	}

	private RenderedView _renderCourseForm(
			String state, ViewRequest viewRequest)
		throws Exception {

		Language language = mock(Language.class);

		when(
			language.getAvailableLocales(anyLong())
		).thenReturn(
			new LinkedHashSet<>(
				List.of(TrainingViews.SWEDISH, TrainingViews.ENGLISH))
		);

		Portal portal = mock(Portal.class);

		when(
			portal.getSiteDefaultLocale(anyLong())
		).thenReturn(
			TrainingViews.SWEDISH
		);

		AdminEditCourseMVCRenderCommand renderCommand =
			new AdminEditCourseMVCRenderCommand();

		CourseService courseService = _courseService();

		Course course = _course(501, "<Våga> fråga", "<Dare> to ask");

		when(
			courseService.getCourse(501)
		).thenReturn(
			course
		);

		TrainingViews.inject(renderCommand, "_courseService", courseService);
		TrainingViews.inject(renderCommand, "_language", language);
		TrainingViews.inject(renderCommand, "_portal", portal);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", _trainingMethodService());

		return _viewHarness.render(
			"training_admin-edit_course", state, viewRequest,
			renderCommand::render);
	}

	private RenderedView _renderSessionForm(
			String state, ViewRequest viewRequest)
		throws Exception {

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		CourseSession courseSession = _courseSession(601, false);

		when(
			courseSessionService.getCourseSession(601)
		).thenReturn(
			courseSession
		);

		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			_at(3, 14, 9)
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			_at(3, 14, 16)
		);
		when(
			courseSessionService.getSessionDates(601)
		).thenReturn(
			List.of(sessionDate)
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		SessionQuota sessionQuota = mock(SessionQuota.class);

		when(
			sessionQuota.getOrganizationId()
		).thenReturn(
			301L
		);
		when(
			sessionQuota.getSeats()
		).thenReturn(
			5
		);
		when(
			sessionQuota.getReleaseDate()
		).thenReturn(
			_at(3, 7, 0)
		);
		when(
			courseSessionLocalService.getSessionQuotas(601)
		).thenReturn(
			List.of(sessionQuota)
		);
		when(
			courseSessionLocalService.getAudienceOrganizationIds(601)
		).thenReturn(
			new long[] {302}
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		List<Organization> organizations = List.of(
			_organization(301, "Socialförvaltningen"),
			_organization(302, "Skol- och fritidsförvaltningen"),
			_organization(304, "Hemtjänst Norr", 303),
			_organization(305, "Hemtjänst Norr, nattpatrull", 304),
			_organization(303, "Vård- och omsorgsförvaltningen"));

		when(
			organizationLocalService.getOrganizations(
				anyLong(),
				eq((long)OrganizationConstants.ANY_PARENT_ORGANIZATION_ID))
		).thenReturn(
			organizations
		);

		AdminEditCourseSessionMVCRenderCommand renderCommand =
			new AdminEditCourseSessionMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_portal", mock(Portal.class));
		TrainingViews.inject(renderCommand, "_courseService", _courseService());
		TrainingViews.inject(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_organizationLocalService",
			organizationLocalService);

		return _viewHarness.render(
			"training_admin-edit_course_session", state, viewRequest,
			renderCommand::render);
	}

	private RenderedView _renderSessions(
			String state, ViewRequest viewRequest,
			List<CourseSession> courseSessions)
		throws Exception {

		return _renderSessions(state, viewRequest, courseSessions, true);
	}

	@SuppressWarnings("unchecked")
	private RenderedView _renderSessions(
			String state, ViewRequest viewRequest,
			List<CourseSession> courseSessions, boolean mayAddSessions)
		throws Exception {

		ModelResourcePermission<Course> courseModelResourcePermission = mock(
			ModelResourcePermission.class);

		when(
			courseModelResourcePermission.contains(
				any(), any(Course.class), eq("ADD_SESSION"))
		).thenReturn(
			mayAddSessions
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.searchCourseSessions(
				anyLong(), any(), anyInt(), anyLong(), anyLong(), anyInt(),
				anyInt(), any())
		).thenReturn(
			courseSessions
		);
		when(
			courseSessionService.searchCourseSessionsCount(
				anyLong(), any(), anyInt(), anyLong(), anyLong())
		).thenReturn(
			courseSessions.size()
		);

		AdminViewCourseSessionsMVCRenderCommand renderCommand =
			new AdminViewCourseSessionsMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_courseService", _courseService());
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_courseModelResourcePermission",
			courseModelResourcePermission);
		TrainingViews.inject(
			renderCommand, "_sessionInstructorService",
			_sessionInstructorService());
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", _trainingMethodService());

		return _viewHarness.render(
			"training_admin-view_course_sessions", state, viewRequest,
			renderCommand::render);
	}

	/**
	 * Session 601 has both the instructors its method (MHFA Vuxen: two) needs; every other session has none.
	 */
	private SessionInstructorService _sessionInstructorService()
		throws Exception {

		SessionInstructorService sessionInstructorService = mock(
			SessionInstructorService.class);

		when(
			sessionInstructorService.getCourseSessionInstructors(
				601,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED})
		).thenReturn(
			List.of(mock(SessionInstructor.class), mock(SessionInstructor.class))
		);

		return sessionInstructorService;
	}

	private TrainingMethodService _trainingMethodService() {
		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		List<TrainingMethod> trainingMethods = List.of(
			TrainingViews.trainingMethod(1, "MHFA Vuxen", "MHFA Adult"),
			TrainingViews.trainingMethod(2, "YAM", "YAM"));

		when(
			trainingMethodService.searchTrainingMethods(
				anyLong(), any(), anyInt(), anyInt(), anyInt(), any())
		).thenReturn(
			trainingMethods
		);
		when(
			trainingMethodService.searchTrainingMethodsCount(
				anyLong(), any(), anyInt())
		).thenReturn(
			trainingMethods.size()
		);

		return trainingMethodService;
	}

	private static ViewHarness _viewHarness;

}
