package se.livsviktig.survey.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.LocalizationUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.web.internal.portlet.action.ViewTaughtSessionResultsMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.ViewTaughtSessionsMVCRenderCommand;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * Mina kursutvärderingar: the sessions an instructor taught, newest first and
 * paged; a session's evaluation per question under the coordinators'
 * suppression, with a choice between its surveys; a session answered by
 * fewer than five shown as "fewer than 5 responses" only; a session nobody
 * answered yet; a session they did not teach refused with a message; a guest
 * asked to sign in.
 *
 * @author Livsviktig
 */
public class InstructorResultsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();

		// Training's rows carry the course title as the portal's
		// localisation XML; one language is enough here

		Localization localization = mock(Localization.class);

		when(
			localization.getLocalization(
				any(String.class), any(String.class))
		).thenAnswer(
			invocation -> {
				String xml = invocation.getArgument(0);

				return xml.substring(
					xml.lastIndexOf("\">") + 2, xml.indexOf("</Title>"));
			}
		);

		_previousLocalization = LocalizationUtil.getLocalization();

		new LocalizationUtil().setLocalization(localization);
	}

	@AfterAll
	public static void tearDownClass() {
		new LocalizationUtil().setLocalization(_previousLocalization);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theSessionsTaughtNewestFirstAPageAtATime(Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"sessions", ViewRequest.in(locale), _taughtSessions(21));

		view.assertHeading(2, view.message("my-course-evaluations"));

		List<String> courses = view.select(
			"tbody th"
		).stream(
		).map(
			Element::text
		).collect(
			Collectors.toList()
		);

		Assertions.assertEquals(20, courses.size(), "a page holds 20");
		Assertions.assertEquals("Första hjälpen 0", courses.get(0));
		Assertions.assertEquals(
			view.message("read-the-evaluations") + ": Första hjälpen 0, " +
				view.select(
					"tbody tr td"
				).first(
				).text(),
			view.select(
				"tbody a"
			).first(
			).text());
		view.assertLink(view.message("older-sessions"), "");
		view.assertNone(
			"a:contains(" + view.message("newer-sessions") + ")",
			"the first page has no newer one");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void someoneWhoTaughtNothingIsToldSo(Locale locale)
		throws Exception {

		RenderedView view = _renderSessions(
			"empty", ViewRequest.in(locale), List.of());

		view.assertText(
			view.message("you-have-not-taught-a-session-yet")
		).assertNone(
			"table", "nothing to list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aGuestIsAskedToSignIn(Locale locale) throws Exception {
		RenderedView view = _renderSessions(
			"signed-out",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> ((ThemeDisplay)renderRequest.getAttribute(
					WebKeys.THEME_DISPLAY)).setSignedIn(false)
			),
			_taughtSessions(3));

		view.assertText(
			view.message(
				"sign-in-to-read-the-evaluations-of-the-sessions-you-taught")
		).assertNone(
			"table", "a guest has taught nothing"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSessionsEvaluationPerQuestion(Locale locale)
		throws Exception {

		RenderedView view = _renderResults(
			"results", _session(locale), List.of(_evaluation(), _followUp()),
			_results(12, new long[] {0, 1, 2, 3, 6}, 4.2));

		view.assertHeading(
			2,
			view.message(
				"evaluations-of-x",
				SurveyViews.SWEDISH.equals(locale) ?
					"Första hjälpen till psykisk hälsa" :
						"Mental Health First Aid"));

		Assertions.assertEquals(
			"page",
			view.select(
				"nav a.active"
			).attr(
				"aria-current"
			));
		Assertions.assertEquals(
			SurveyViews.SWEDISH.equals(locale) ? "Kursutvärdering" :
				"Course evaluation",
			view.select(
				"nav a.active"
			).text());
		Assertions.assertEquals(1, view.select("svg[role=img]").size());

		List<String> total = _cells(view.select("section table").first(), 0);

		Assertions.assertEquals(
			List.of("0", "1", "2", "3", "6", "12"), total.subList(1, 7));

		view.assertText(
			view.message(
				"free-text-answers-are-shown-only-with-the-permission-to-see-" +
					"them"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSessionAnsweredByFewerThanFiveShowsNoFigure(Locale locale)
		throws Exception {

		RenderedView view = _renderResults(
			"suppressed", _session(locale), List.of(_evaluation()),
			_results(-1, new long[] {-1, -1, -1, -1, -1}, Double.NaN));

		String suppressed = view.message("survey-fewer-than-x-responses", 5);

		List<String> total = _cells(view.select("section table").first(), 0);

		for (String cell : total.subList(1, 7)) {
			Assertions.assertEquals(suppressed, cell);
		}

		Assertions.assertEquals("–", total.get(7));
		view.assertNone("nav", "one survey needs no choice");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSessionNobodyAnsweredYet(Locale locale) throws Exception {
		RenderedView view = _renderResults(
			"no-responses", _session(locale), List.of(), null);

		view.assertText(
			view.message("nobody-has-answered-a-survey-about-this-session-yet")
		).assertNone(
			"table", "nothing to show"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSessionNotTaughtIsRefused(Locale locale) throws Exception {
		RenderedView view = _renderResults(
			"refused", _session(locale), null, null);

		view.assertAlert(
			"danger",
			view.message(
				"you-can-read-the-evaluations-only-of-sessions-you-taught")
		).assertNone(
			"table", "nothing of the session"
		);

		_viewHarness.assertAccessible(view);
	}

	private static List<String> _cells(Element table, int row) {
		return table.select(
			"tbody tr"
		).get(
			row
		).select(
			"th, td"
		).stream(
		).map(
			Element::text
		).collect(
			Collectors.toList()
		);
	}

	private static Survey _evaluation() {
		return SurveyViews.survey(
			SurveyViews.SURVEY_ID, "Kursutvärdering", "Course evaluation",
			SurveyConstants.KIND_EVALUATION, true,
			SurveyConstants.STATUS_ACTIVE);
	}

	private static Survey _followUp() {
		return SurveyViews.survey(
			SurveyViews.SURVEY_ID + 1, "Uppföljning MHFA", "MHFA follow-up",
			SurveyConstants.KIND_FOLLOW_UP, true,
			SurveyConstants.STATUS_ACTIVE);
	}

	private static SurveyResults _results(
		long respondents, long[] counts, double mean) {

		SurveyDistribution total = new SurveyDistribution(
			counts, respondents, mean);

		return new SurveyResults(
			SurveyViews.SURVEY_ID,
			new SurveyResultsQuery(0, _COURSE_SESSION_ID, 0, 0, 0, List.of()),
			5,
			List.of(
				new SurveyResultsGroup(
					0, 0, 0, 0,
					(respondents < 0) ? OptionalLong.empty() :
						OptionalLong.of(respondents),
					14)),
			Math.max(respondents, 0), 14,
			List.of(
				new SurveyQuestionResults(
					101, SurveyQuestionConstants.TYPE_LIKERT,
					new int[] {1, 2, 3, 4, 5}, List.of(total), total),
				new SurveyQuestionResults(
					105, SurveyQuestionConstants.TYPE_FREE_TEXT, new int[0],
					List.of(
						new SurveyDistribution(
							new long[0], respondents, Double.NaN)),
					new SurveyDistribution(
						new long[0], respondents, Double.NaN))));
	}

	private static ViewRequest _session(Locale locale) {
		return ViewRequest.in(
			locale
		).parameter(
			"courseSessionId", String.valueOf(_COURSE_SESSION_ID)
		);
	}

	private static List<TaughtSession> _taughtSessions(int count) {
		List<TaughtSession> taughtSessions = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			Instant start = Instant.parse(
				"2026-05-20T07:00:00Z"
			).minusSeconds(
				86_400L * 7 * i
			);

			taughtSessions.add(
				new TaughtSession(
					_COURSE_SESSION_ID + i, _COURSE_ID, 80,
					"<?xml version='1.0' encoding='UTF-8'?><root " +
						"available-locales=\"sv_SE\" default-locale=\"sv_SE\">" +
							"<Title language-id=\"sv_SE\">Första hjälpen " + i +
								"</Title></root>",
					Date.from(start), Date.from(start.plusSeconds(30_000))));
		}

		return taughtSessions;
	}

	private RenderedView _renderResults(
			String state, ViewRequest viewRequest, List<Survey> surveys,
			SurveyResults surveyResults)
		throws Exception {

		SurveyResultsService surveyResultsService = mock(
			SurveyResultsService.class);

		if (surveys == null) {
			when(
				surveyResultsService.getTaughtSessionSurveys(anyLong())
			).thenThrow(
				new PrincipalException.MustHavePermission(
					7L, SurveyConstants.RESOURCE_NAME, _COURSE_SESSION_ID,
					"VIEW_SURVEY_RESULTS")
			);
		}
		else {
			when(
				surveyResultsService.getTaughtSessionSurveys(
					_COURSE_SESSION_ID)
			).thenReturn(
				surveys
			);
		}

		when(
			surveyResultsService.getTaughtSessionResults(
				eq(SurveyViews.SURVEY_ID), any(SurveyResultsQuery.class))
		).thenReturn(
			surveyResults
		);

		// Built before the stubbing: it stubs mocks of its own

		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		SurveyQuestionLocalService surveyQuestionLocalService = mock(
			SurveyQuestionLocalService.class);

		when(
			surveyQuestionLocalService.getSurveyQuestions(
				SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyQuestions
		);

		SurveyResultsLabelsFactory surveyResultsLabelsFactory =
			new SurveyResultsLabelsFactory();

		Fields.set(
			surveyResultsLabelsFactory, "_courseLocalService",
			mock(CourseLocalService.class));
		Fields.set(
			surveyResultsLabelsFactory, "_courseSessionLocalService",
			mock(CourseSessionLocalService.class));
		Fields.set(
			surveyResultsLabelsFactory, "_organizationLocalService",
			mock(OrganizationLocalService.class));
		Fields.set(
			surveyResultsLabelsFactory, "_surveyQuestionService",
			mock(SurveyQuestionService.class));
		Fields.set(
			surveyResultsLabelsFactory, "_trainingMethodLocalService",
			mock(TrainingMethodLocalService.class));

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseId()
		).thenReturn(
			_COURSE_ID
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(SurveyViews.SWEDISH)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);
		when(
			course.getTitle(SurveyViews.ENGLISH)
		).thenReturn(
			"Mental Health First Aid"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		ViewTaughtSessionResultsMVCRenderCommand renderCommand =
			new ViewTaughtSessionResultsMVCRenderCommand();

		Fields.set(renderCommand, "_courseLocalService", courseLocalService);
		Fields.set(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		Fields.set(renderCommand, "_language", LanguageUtil.getLanguage());
		Fields.set(
			renderCommand, "_portletResourcePermission",
			mock(PortletResourcePermission.class));
		Fields.set(
			renderCommand, "_surveyQuestionLocalService",
			surveyQuestionLocalService);
		Fields.set(
			renderCommand, "_surveyResultsLabelsFactory",
			surveyResultsLabelsFactory);
		Fields.set(renderCommand, "_surveyResultsService", surveyResultsService);

		return _viewHarness.render(
			"instructor_results", state, viewRequest, renderCommand::render);
	}

	private RenderedView _renderSessions(
			String state, ViewRequest viewRequest,
			List<TaughtSession> taughtSessions)
		throws Exception {

		SessionInstructorLocalService sessionInstructorLocalService = mock(
			SessionInstructorLocalService.class);

		when(
			sessionInstructorLocalService.getTaughtSessions(
				anyLong(), anyLong(), any(Date.class), anyInt(), anyInt())
		).thenReturn(
			taughtSessions
		);

		ViewTaughtSessionsMVCRenderCommand renderCommand =
			new ViewTaughtSessionsMVCRenderCommand();

		Fields.set(
			renderCommand, "_sessionInstructorLocalService",
			sessionInstructorLocalService);

		return _viewHarness.render(
			"instructor_results", state, viewRequest, renderCommand::render);
	}

	private static final long _COURSE_ID = 601;

	private static final long _COURSE_SESSION_ID = 602;

	private static Localization _previousLocalization;
	private static ViewHarness _viewHarness;

}
