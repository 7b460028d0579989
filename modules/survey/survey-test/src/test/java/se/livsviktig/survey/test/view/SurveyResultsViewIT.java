package se.livsviktig.survey.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.portlet.action.ViewSurveyResultsMVCRenderCommand;
import se.livsviktig.survey.web.internal.results.ResultsFilterFactory;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * A survey's results in Livsviktig – Enkäter, grouped by administration: the
 * filter form, per question a chart and a table of the same figures, a group
 * with fewer than five responses showing "fewer than 5 responses" instead of
 * its counts, and a sentence when the selection has no responses.
 *
 * @author Livsviktig
 */
public class SurveyResultsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theResultsWithShownAndSuppressedCells(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"results",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"groupBy", "administration"
			),
			_results(), false, List.of());

		view.assertHeading(
			1,
			view.message(
				"results-of-x",
				SurveyViews.SWEDISH.equals(locale) ? "Uppföljning MHFA" :
					"MHFA follow-up"));
		view.assertField("groupBy", view.message("group-by"));
		view.assertField("fromMonth", view.message("from-month"));
		view.assertField("toMonth", view.message("to-month"));
		// The harness's resource URLs carry no resource id; the T2 tier checks the command's route

		view.assertLink(view.message("download-as-csv"), "");

		Element form = view.select("form").first();

		Assertions.assertEquals("get", form.attr("method"));
		Assertions.assertEquals(
			"administration",
			view.select(
				"#" + view.getNamespace() + "groupBy option[selected]"
			).val());

		Assertions.assertEquals(1, view.select("svg[role=img]").size());

		Element questionTable = view.select("section table").first();

		Assertions.assertFalse(
			questionTable.select("caption").text().isEmpty());

		List<String> umea = _cells(questionTable, 0);
		List<String> skelleftea = _cells(questionTable, 1);

		Assertions.assertEquals("Umeå kommun", umea.get(0));
		Assertions.assertEquals(
			List.of("0", "1", "2", "3", "6", "12"), umea.subList(1, 7));

		String suppressed = view.message("survey-fewer-than-x-responses", 5);

		Assertions.assertEquals("Skellefteå kommun", skelleftea.get(0));
		Assertions.assertEquals(suppressed, skelleftea.get(1));
		Assertions.assertEquals(suppressed, skelleftea.get(6));
		Assertions.assertEquals("–", skelleftea.get(7));

		view.assertText(view.message("all-groups"));

		_viewHarness.assertAccessible(view);

		RenderedView empty = _render(
			"results-empty",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			new SurveyResults(
				SurveyViews.SURVEY_ID, SurveyResultsQuery.all(), 5, List.of(),
				0, 0, List.of()),
			false, List.of());

		empty.assertText(
			empty.message("there-are-no-responses-for-this-selection")
		).assertNone(
			"table", "nothing to show"
		);

		_viewHarness.assertAccessible(empty);
	}

	/**
	 * The method, session and administration filters: each a labelled select
	 * with the current choice selected, the sessions only those of the chosen
	 * method, and the choices carried into the CSV link's URL.
	 */
	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aPageFilteredByMethodSessionAndAdministration(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"results-filtered",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"groupBy", "administration"
			).parameter(
				"methodId", String.valueOf(_MHFA_ID)
			).parameter(
				"courseSessionId", String.valueOf(_SESSION_ID)
			).parameter(
				"organizationId", "7001"
			),
			_results(), false, List.of());

		view.assertField("methodId", view.message("training-method"));
		view.assertField("courseSessionId", view.message("session"));
		view.assertField("organizationId", view.message("administration"));

		String namespace = view.getNamespace();

		Assertions.assertEquals(
			String.valueOf(_MHFA_ID),
			view.select(
				"#" + namespace + "methodId option[selected]"
			).val());
		Assertions.assertEquals(
			String.valueOf(_SESSION_ID),
			view.select(
				"#" + namespace + "courseSessionId option[selected]"
			).val());
		Assertions.assertEquals(
			List.of(
				"", String.valueOf(_SESSION_ID)),
			view.select(
				"#" + namespace + "courseSessionId option"
			).eachAttr(
				"value"
			));
		Assertions.assertEquals(
			"7001",
			view.select(
				"#" + namespace + "organizationId option[selected]"
			).val());
		Assertions.assertEquals(
			List.of("Skellefteå kommun", "Umeå kommun"),
			view.select(
				"#" + namespace + "organizationId option[value~=[0-9]]"
			).eachText());

		_viewHarness.assertAccessible(view);

		RenderedView noMethod = _render(
			"results-filter-no-method",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			_results(), false, List.of());

		noMethod.assertText(
			noMethod.message("choose-a-training-method-to-choose-a-session")
		).assertNone(
			"#" + noMethod.getNamespace() + "courseSessionId",
			"no session list before a method is chosen"
		);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void anUnknownFilterIsRefusedWithAMessage(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"results-unknown-filter",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"methodId", "abc"
			),
			null, false, List.of());

		view.assertAlert(
			"danger",
			view.message(
				"choose-a-training-method-session-and-administration-from-" +
					"the-lists")
		).assertNone(
			"table", "no figures for a refused filter"
		).assertNone(
			"a:contains(" + view.message("download-as-csv") + ")",
			"nothing to download"
		);

		_viewHarness.assertAccessible(view);
	}

	/**
	 * A free-text question's answers under its table for a reader with View
	 * Free-Text Answers, escaped (an answer holding a script tag shows as
	 * text), the eleventh and later behind a disclosure; a reader without the
	 * permission gets one line saying so, and no answer.
	 */
	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void freeTextWithAndWithoutThePermission(Locale locale)
		throws Exception {

		List<String> answers = new java.util.ArrayList<>();

		answers.add("<script>alert('xss')</script>");

		for (int i = 1; i <= 11; i++) {
			answers.add(String.format("Svar nummer %02d", i));
		}

		RenderedView permitted = _render(
			"results-free-text",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			_freeTextResults(), true, answers);

		permitted.assertText(permitted.message("free-text-answers"));

		List<String> shown = permitted.select(
			".livsviktig-free-text li"
		).stream(
		).map(
			Element::text
		).collect(
			Collectors.toList()
		);

		Assertions.assertEquals(answers, shown);
		Assertions.assertEquals(
			"<script>alert('xss')</script>", shown.get(0),
			"the answer is shown as text");
		Assertions.assertTrue(
			permitted.select(
				".livsviktig-free-text script"
			).isEmpty(),
			"no script element comes from an answer");
		Assertions.assertEquals(
			2,
			permitted.select(
				"details .livsviktig-free-text li"
			).size());
		Assertions.assertEquals(
			permitted.message("show-x-more-answers", 2),
			permitted.select(
				"details summary"
			).text());

		_viewHarness.assertAccessible(permitted);

		RenderedView notPermitted = _render(
			"results-free-text-not-permitted",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			_freeTextResults(), false, answers);

		notPermitted.assertText(
			notPermitted.message(
				"free-text-answers-are-shown-only-with-the-permission-to-see-" +
					"them")
		).assertNone(
			".livsviktig-free-text", "no free-text answer without the permission"
		);

		_viewHarness.assertAccessible(notPermitted);
	}

	private static SurveyResults _freeTextResults() {
		SurveyDistribution freeText = new SurveyDistribution(
			new long[0], 12, Double.NaN);

		return new SurveyResults(
			SurveyViews.SURVEY_ID, SurveyResultsQuery.all(), 5,
			List.of(
				new SurveyResultsGroup(0, 0, 7001, 0, OptionalLong.of(12), 20)),
			12, 20,
			List.of(
				new SurveyQuestionResults(
					105, SurveyQuestionConstants.TYPE_FREE_TEXT, new int[0],
					List.of(freeText), freeText)));
	}

	private static ResultsFilterFactory _resultsFilterFactory(
			OrganizationLocalService organizationLocalService)
		throws Exception {

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(
			mhfa.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);
		when(
			mhfa.getName(any(Locale.class))
		).thenReturn(
			"MHFA"
		);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethods(
				anyLong(), eq(WorkflowConstants.STATUS_ANY), anyInt(),
				anyInt())
		).thenReturn(
			List.of(mhfa)
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			_COURSE_ID
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.searchCourseSessions(
				anyLong(), isNull(), eq(WorkflowConstants.STATUS_ANY),
				eq(_MHFA_ID), eq(0L), eq(0), anyInt(), isNull())
		).thenReturn(
			List.of(courseSession)
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(any(Locale.class))
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		ResultsFilterFactory resultsFilterFactory = new ResultsFilterFactory();

		Fields.set(resultsFilterFactory, "_courseLocalService", courseLocalService);
		Fields.set(
			resultsFilterFactory, "_courseSessionService", courseSessionService);
		Fields.set(
			resultsFilterFactory, "_organizationLocalService",
			organizationLocalService);
		Fields.set(
			resultsFilterFactory, "_trainingMethodService",
			trainingMethodService);

		return resultsFilterFactory;
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

	private static Organization _organization(long organizationId, String name) {
		Organization organization = mock(Organization.class);

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

	private static SurveyResults _results() {
		int[] likert = {1, 2, 3, 4, 5};

		SurveyDistribution umea = new SurveyDistribution(
			new long[] {0, 1, 2, 3, 6}, 12, 4.2);
		SurveyDistribution skelleftea = new SurveyDistribution(
			new long[] {-1, -1, -1, -1, -1}, -1, Double.NaN);
		SurveyDistribution total = new SurveyDistribution(
			new long[] {0, 1, 3, 5, 7}, 16, 4.1);

		return new SurveyResults(
			SurveyViews.SURVEY_ID,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				List.of(SurveyResultsQuery.GroupBy.ADMINISTRATION)),
			5,
			List.of(
				new SurveyResultsGroup(0, 0, 7001, 0, OptionalLong.of(12), 20),
				new SurveyResultsGroup(
					0, 0, 7002, 0, OptionalLong.empty(), 9)),
			16, 29,
			List.of(
				new SurveyQuestionResults(
					101, SurveyQuestionConstants.TYPE_LIKERT, likert,
					List.of(umea, skelleftea), total)));
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, SurveyResults surveyResults,
			boolean viewFreeText, List<String> freeTextAnswers)
		throws Exception {

		SurveyResultsService surveyResultsService = mock(
			SurveyResultsService.class);

		if (surveyResults == null) {
			when(
				surveyResultsService.getSurveyResults(
					eq(SurveyViews.SURVEY_ID), any(SurveyResultsQuery.class))
			).thenThrow(
				new SurveyResultsFilterException("Unknown training method -1")
			);
		}
		else {
			when(
				surveyResultsService.getSurveyResults(
					eq(SurveyViews.SURVEY_ID), any(SurveyResultsQuery.class))
			).thenReturn(
				surveyResults
			);
		}
		when(
			surveyResultsService.getFreeTextAnswers(
				eq(SurveyViews.SURVEY_ID), anyLong(),
				any(SurveyResultsQuery.class))
		).thenReturn(
			freeTextAnswers
		);

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(), anyLong(), eq(SurveyActionKeys.VIEW_FREE_TEXT))
		).thenReturn(
			viewFreeText
		);

		SurveyQuestionService surveyQuestionService = mock(
			SurveyQuestionService.class);

		// Built before the stubbing: it stubs mocks of its own

		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		when(
			surveyQuestionService.getSurveyQuestions(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyQuestions
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		Organization umea = _organization(7001, "Umeå kommun");
		Organization skelleftea = _organization(7002, "Skellefteå kommun");

		when(
			organizationLocalService.getOrganizations(anyLong(), eq(-1L))
		).thenReturn(
			List.of(umea, skelleftea)
		);

		when(
			organizationLocalService.fetchOrganization(7001)
		).thenReturn(
			umea
		);
		when(
			organizationLocalService.fetchOrganization(7002)
		).thenReturn(
			skelleftea
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
			organizationLocalService);
		Fields.set(
			surveyResultsLabelsFactory, "_surveyQuestionService",
			surveyQuestionService);
		Fields.set(
			surveyResultsLabelsFactory, "_trainingMethodLocalService",
			mock(TrainingMethodLocalService.class));

		SurveyService surveyService = mock(SurveyService.class);

		Survey survey = SurveyViews.followUpSurvey();

		when(
			surveyService.getSurvey(SurveyViews.SURVEY_ID)
		).thenReturn(
			survey
		);

		ViewSurveyResultsMVCRenderCommand renderCommand =
			new ViewSurveyResultsMVCRenderCommand();

		Fields.set(renderCommand, "_language", LanguageUtil.getLanguage());
		Fields.set(
			renderCommand, "_resultsFilterFactory",
			_resultsFilterFactory(organizationLocalService));
		Fields.set(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		Fields.set(
			renderCommand, "_surveyResultsLabelsFactory",
			surveyResultsLabelsFactory);
		Fields.set(renderCommand, "_surveyResultsService", surveyResultsService);
		Fields.set(renderCommand, "_surveyService", surveyService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private static final long _COURSE_ID = 601;

	private static final long _MHFA_ID = 801;

	private static final long _SESSION_ID = 602;

	private static ViewHarness _viewHarness;

}
