package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.portlet.action.ViewCourseCatalogMVCRenderCommand;

/**
 * The catalogue's front page: upcoming sessions, its filters, its rows and its paging, in Swedish and English.
 *
 * @author Livsviktig
 */
public class SessionCatalogViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void emptyCatalogueSaysThereAreNoUpcomingSessions(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), new ArrayList<>(),
			mock(CourseSessionService.class));

		view.assertHeading(
			2, view.message("course-catalogue")
		).assertHeading(
			3, view.message("upcoming-sessions")
		).assertText(
			view.message("no-upcoming-sessions")
		).assertNone(
			"table", "an empty catalogue shows a sentence, not an empty table"
		);

		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("month", view.message("month"));
		view.assertField("delivery", view.message("on-site-or-online"));
		view.assertField("locality", view.message("place"));
		view.assertField(
			"onlyWithFreeSeats", view.message("only-sessions-with-free-seats"));
		view.assertButton(view.message("filter"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void fullCatalogueListsOnePageOfSessionsWithSeatsLeftAndPageLinks(
			Locale locale)
		throws Exception {

		List<CourseSession> courseSessions = new ArrayList<>();

		for (int i = 1; i <= 12; i++) {
			CourseSession courseSession = SessionViews.courseSession(
				i, 20, (i == 2) ? 20 : i);

			if (i == 3) {
				courseSession.setDeliveryMode(
					CourseSessionConstants.DELIVERY_MODE_ONLINE);
			}

			courseSessions.add(courseSession);
		}

		RenderedView view = _render(
			"full", ViewRequest.in(locale), courseSessions,
			mock(CourseSessionService.class));

		view.assertTableRows(
			_PAGE_SIZE
		).assertText(
			view.message("x-sessions", 12)
		).assertLink(
			view.message("about-the-training-methods"),
			"view_training_methods"
		);

		Elements headers = view.select("thead th[scope=col]");

		Assertions.assertEquals(
			view.message("course"), headers.get(0).text(),
			view.getName() + ": the first column is the course");
		Assertions.assertEquals(
			view.message("seats-left"), headers.get(4).text(),
			view.getName() + ": the last column is the seats left");

		Elements rows = view.select("tbody tr");

		Assertions.assertEquals(
			"19", rows.get(0).select("td").last().text(),
			view.getName() + ": 20 seats, 1 taken, leave 19");
		Assertions.assertEquals(
			view.message("full-waitlist-open"),
			rows.get(1).select("td").last().text(),
			view.getName() + ": a full session says the waitlist is open");
		Assertions.assertEquals(
			view.message("online"), rows.get(2).select("td").get(2).text(),
			view.getName() + ": an online session says so instead of a place");
		Assertions.assertEquals(
			"Sundsvall", rows.get(0).select("td").get(2).text(),
			view.getName() + ": an on-site session shows its locality");
		Assertions.assertTrue(
			rows.get(0).select("th a").attr("href").contains(
				"courseSessionId=1"),
			view.getName() + ": the course links to the session's page");

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals(
			3, pageLinks.size(),
			view.getName() + ": 12 sessions, 5 a page, make 3 page links");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void filtersAreKeptAndPassedToTheCatalogueQuery(Locale locale)
		throws Exception {

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		RenderedView view = _render(
			"filtered-empty",
			ViewRequest.in(
				locale
			).parameter(
				"trainingMethodId", "2"
			).parameter(
				"delivery", "online"
			).parameter(
				"onlyWithFreeSeats", "true"
			),
			new ArrayList<>(), courseSessionService);

		view.assertText(view.message("no-sessions-match-the-filter"));

		Assertions.assertEquals(
			"online",
			view.select(
				"#" + view.getNamespace() + "delivery option[selected]"
			).val(),
			view.getName() + ": the chosen delivery stays chosen");

		Assertions.assertEquals(
			"2", view.select("#" + view.getNamespace() + "trainingMethodId option[selected]").val(),
			view.getName() + ": the chosen method stays chosen");
		Assertions.assertFalse(
			view.select(
				"#" + view.getNamespace() + "onlyWithFreeSeats[checked]"
			).isEmpty(),
			view.getName() + ": the free-seats box stays ticked");

		verify(
			courseSessionService
		).getCatalogPage(
			eq(ViewHarness.SITE_GROUP_ID), eq(2L), isNull(), isNull(), isNull(),
			eq(CourseSessionConstants.DELIVERY_MODE_ONLINE), eq(true), anyInt(),
			anyInt()
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void coursesWithoutADateTakeInterest(Locale locale)
		throws Exception {

		_unscheduled = 2;

		try {
			RenderedView view = _render(
				"interest", ViewRequest.in(locale), new ArrayList<>(),
				mock(CourseSessionService.class));

			view.assertHeading(
				3, view.message("courses-without-a-date-yet")
			).assertText(
				view.message("you-are-on-the-interest-list")
			);

			Elements buttons = view.select(
				"li.livsviktig-unscheduled-course form[method=post] button");

			Assertions.assertEquals(
				1, buttons.size(),
				view.getName() +
					": one course to register interest in, one already on the list");
			Assertions.assertTrue(
				buttons.first().text().startsWith(
					view.message("register-interest")),
				view.getName() + ": the button says what it does");

			_viewHarness.assertAccessible(view);
		}
		finally {
			_unscheduled = 0;
		}
	}

	/**
	 * The row the catalogue's query makes of the session, its course's title as SessionViews' course has it.
	 */
	private static CatalogEntry _catalogEntry(CourseSession courseSession)
		throws Exception {

		Course course = SessionViews.courseLocalService(
		).fetchCourse(
			courseSession.getCourseId()
		);

		CatalogEntry catalogEntry = spy(
			new CatalogEntry(
				courseSession.getCourseSessionId(), courseSession.getCourseId(),
				courseSession.getTrainingMethodId(), "",
				courseSession.getDeliveryMode(), courseSession.getLocality(),
				courseSession.getVenueName(), courseSession.getStartDate(),
				courseSession.getEndDate(), courseSession.getSeats(),
				courseSession.getSeatsTaken()));

		for (Locale locale :
				new Locale[] {TrainingViews.SWEDISH, TrainingViews.ENGLISH}) {

			doReturn(
				course.getTitle(locale)
			).when(
				catalogEntry
			).getCourseTitle(
				locale
			);
		}

		return catalogEntry;
	}

	private static CourseInterestService _courseInterestService()
		throws Exception {

		CourseInterest courseInterest = mock(CourseInterest.class);

		when(courseInterest.getCourseId()).thenReturn(8002L);
		when(
			courseInterest.getStatus()
		).thenReturn(
			CourseInterestConstants.STATUS_ACTIVE
		);

		CourseInterestService courseInterestService = mock(
			CourseInterestService.class);

		when(
			courseInterestService.getMyCourseInterests()
		).thenReturn(
			List.of(courseInterest)
		);

		return courseInterestService;
	}

	private static CourseService _courseService(int count) {
		List<Course> courses = new ArrayList<>();

		String[][] titles = {
			{"Psyk-E bas för chefer", "Psyk-E basic for managers"},
			{"Våga fråga – självmordsprevention", "Dare to Ask – suicide prevention"}
		};

		for (int i = 0; i < count; i++) {
			Course course = mock(Course.class);

			when(course.getCourseId()).thenReturn(8001L + i);
			when(
				course.getTitle(TrainingViews.SWEDISH)
			).thenReturn(
				titles[i][0]
			);
			when(
				course.getTitle(TrainingViews.ENGLISH)
			).thenReturn(
				titles[i][1]
			);

			courses.add(course);
		}

		CourseService courseService = mock(CourseService.class);

		when(
			courseService.getUnscheduledCourses(anyLong(), anyInt(), anyInt())
		).thenReturn(
			courses
		);

		return courseService;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<CourseSession> courseSessions,
			CourseSessionService courseSessionService)
		throws Exception {

		List<CatalogEntry> catalogEntries = new ArrayList<>();

		for (CourseSession courseSession : courseSessions) {
			catalogEntries.add(_catalogEntry(courseSession));
		}

		// The page and its total in one call, as the service answers it: a page past the last one is empty.

		when(
			courseSessionService.getCatalogPage(
				anyLong(), anyLong(), any(), any(), any(), anyInt(),
				anyBoolean(), anyInt(), anyInt())
		).thenAnswer(
			invocation -> new CatalogPage(
				catalogEntries.subList(
					Math.min(invocation.getArgument(7), catalogEntries.size()),
					Math.min(invocation.getArgument(8), catalogEntries.size())),
				catalogEntries.size())
		);
		when(
			courseSessionService.getCatalogEntries(
				anyLong(), anyLong(), any(), any(), any(), anyInt(),
				anyBoolean(), anyInt(), anyInt())
		).thenAnswer(
			invocation -> catalogEntries.subList(
				Math.min(invocation.getArgument(7), catalogEntries.size()),
				Math.min(invocation.getArgument(8), catalogEntries.size()))
		);

		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			trainingCompanyConfiguration.catalogPageSize()
		).thenReturn(
			_PAGE_SIZE
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				TrainingCompanyConfiguration.class, ViewHarness.COMPANY_ID)
		).thenReturn(
			trainingCompanyConfiguration
		);

		ViewCourseCatalogMVCRenderCommand renderCommand =
			new ViewCourseCatalogMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_configurationProvider", configurationProvider);
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_courseService", _courseService(_unscheduled));
		TrainingViews.inject(
			renderCommand, "_courseInterestService", _courseInterestService());
		TrainingViews.inject(
			renderCommand, "_trainingMethodService",
			SessionViews.trainingMethodService());

		return _viewHarness.render(
			"course_catalog-view", state, viewRequest, renderCommand::render);
	}

	private static final int _PAGE_SIZE = 5;

	private static ViewHarness _viewHarness;

	private int _unscheduled;

}
