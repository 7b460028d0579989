package se.livsviktig.survey.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.NoSuchSurveyException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;
import se.livsviktig.survey.web.internal.portlet.action.EditSurveyMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.EditSurveyQuestionMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.ViewSurveyQuestionsMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.ViewSurveysMVCRenderCommand;

/**
 * Livsviktig – Enkäter as a coordinator uses it: the surveys with their kind, anonymity, status, questions and
 * responses; the survey form, its title refused at the field; the question editor with each question previewed as
 * the answer page shows it, moved, edited and deleted through POST forms, and locked with a clear message once the
 * survey has responses; the question form with its refusals; and the error page for a refused permission or a
 * survey gone meanwhile.
 *
 * @author Livsviktig
 */
public class SurveyAdminViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theSurveysWithTheirCounts(Locale locale) throws Exception {
		RenderedView view = _renderSurveys(
			"surveys", ViewRequest.in(locale),
			List.of(
				SurveyViews.followUpSurvey(),
				SurveyViews.survey(
					4002, "Kursutvärdering", "Course evaluation",
					SurveyConstants.KIND_EVALUATION, false,
					SurveyConstants.STATUS_DRAFT)));

		view.assertHeading(
			1, view.message("surveys")
		).assertLink(
			view.message("add-survey"), "%2Fsurvey%2Fadmin%2Fedit_survey"
		).assertTableRows(
			2
		);

		Elements cells = view.select("tbody tr").get(0).select("th, td");

		Assertions.assertEquals(
			List.of(
				SurveyViews.SWEDISH.equals(locale) ? "Uppföljning MHFA" :
					"MHFA follow-up",
				view.message("survey-kind-follow-up"), view.message("yes"),
				view.message("survey-status-active"), "5", "12"),
			cells.subList(
				0, 6
			).stream(
			).map(
				Element::text
			).collect(
				java.util.stream.Collectors.toList()
			));
		Assertions.assertEquals(
			"0",
			view.select(
				"tbody tr"
			).get(
				1
			).select(
				"td"
			).get(
				4
			).text(),
			"a survey without responses counts none");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theSecondPageOfTwentyOneSurveys(Locale locale)
		throws Exception {

		RenderedView view = _renderSurveys(
			"surveys-page-2",
			ViewRequest.in(
				locale
			).parameter(
				"cur", "2"
			),
			List.of(
				SurveyViews.survey(
					4021, "Enkät 21", "Survey 21",
					SurveyConstants.KIND_EVALUATION, true,
					SurveyConstants.STATUS_ACTIVE)),
			21, 20);

		view.assertTableRows(
			1
		).assertText(
			view.message("x-surveys", 21)
		);

		Elements links = view.select(
			"nav[aria-label=\"" + view.message("pages-of-surveys") +
				"\"] ul.pagination li.page-item a.page-link");

		Assertions.assertEquals(2, links.size(), "a link per page");
		Assertions.assertTrue(
			links.get(0).attr("href").contains("cur=1"), "page 1's link");
		Assertions.assertEquals("", links.get(0).attr("aria-current"));
		Assertions.assertEquals("page", links.get(1).attr("aria-current"));
		Assertions.assertEquals(
			view.message("page") + " 2", links.get(1).text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void oneSurveyPageShowsNoPageLinks(Locale locale) throws Exception {
		RenderedView view = _renderSurveys(
			"surveys-one-page", ViewRequest.in(locale),
			List.of(SurveyViews.followUpSurvey()));

		view.assertNone("ul.pagination", "one page needs no links");
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void noSurveysYet(Locale locale) throws Exception {
		RenderedView view = _renderSurveys(
			"surveys-empty", ViewRequest.in(locale), List.of());

		view.assertText(
			view.message("no-surveys-yet")
		).assertNone(
			"table", "nothing to list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theNewSurveyForm(Locale locale) throws Exception {
		RenderedView view = _renderSurveyForm(
			"add", ViewRequest.in(locale));

		view.assertHeading(1, view.message("add-survey"));
		view.assertField(
			"title_sv_SE",
			view.message(
				"title-in-x",
				SurveyViews.SWEDISH.getDisplayLanguage(locale)));
		view.assertField(
			"title_en_US",
			view.message(
				"title-in-x",
				SurveyViews.ENGLISH.getDisplayLanguage(locale)));
		view.assertField(
			"kind0", view.message("survey-kind-evaluation"));
		view.assertField("kind1", view.message("survey-kind-follow-up"));
		view.assertField("anonymous", view.message("anonymous"));
		view.assertButton(view.message("save"));

		_assertPostsTo(view, "%2Fsurvey%2Fadmin%2Fedit_survey");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aRefusedTitleIsExplainedAtItsField(Locale locale)
		throws Exception {

		RenderedView view = _renderSurveyForm(
			"title-refused",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"title_en_US", "Follow-up <MHFA>"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyTitleException.class)
			));

		view.assertHeading(1, view.message("edit-survey"));
		view.assertFieldValue("title_sv_SE", "");
		view.assertFieldValue("title_en_US", "Follow-up <MHFA>");
		view.assertField("status", view.message("status"));

		Assertions.assertEquals(
			"#" + view.getNamespace() + "title_sv_SE",
			view.select(
				"[role=alert] a"
			).attr(
				"href"
			));
		Assertions.assertEquals(
			view.message("enter-a-title-in-swedish-at-most-200-characters"),
			view.select(
				"#" + view.getNamespace() + "title_sv_SEError"
			).text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theQuestionEditorPreviewsEachQuestion(Locale locale)
		throws Exception {

		RenderedView view = _renderQuestions(
			"questions",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, SuccessMessages.QUESTION_MOVED)
			),
			false);

		view.assertAlert(
			"success", view.message("the-question-was-moved")
		).assertLink(
			view.message("add-question"),
			"%2Fsurvey%2Fadmin%2Fedit_survey_question"
		).assertButton(
			view.message("copy-survey")
		);

		Elements cards = view.select("li.card");

		Assertions.assertEquals(5, cards.size());

		Element first = cards.get(0);

		Assertions.assertEquals(
			view.message("question-x", 1) + " – " +
				view.message("question-type-likert"),
			first.selectFirst("h2").text());
		Assertions.assertEquals(
			5,
			first.select(
				"[role=group] fieldset input[type=radio]"
			).size(),
			"the preview is the answer page's fieldset");
		Assertions.assertEquals(
			List.of(
				view.message("edit") + ": " + view.message("question-x", 1),
				view.message("move-down") + ": " +
					view.message("question-x", 1),
				view.message("delete") + ": " + view.message("question-x", 1)),
			first.select(
				"a.btn, button"
			).eachText(),
			"the first question cannot move up");
		Assertions.assertEquals(
			3,
			cards.get(
				4
			).select(
				"form"
			).size() + cards.get(4).select("a.btn").size(),
			"the last: edit, move up, delete");

		for (Element form : first.select("form")) {
			Assertions.assertEquals("post", form.attr("method"));
			Assertions.assertTrue(form.attr("action").contains("p_auth="));
		}

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSurveyWithResponsesHasItsQuestionsLocked(Locale locale)
		throws Exception {

		RenderedView view = _renderQuestions(
			"questions-locked",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			true);

		view.assertAlert(
			"info",
			view.message(
				"the-survey-has-responses-its-questions-can-no-longer-be-changed-copy-the-survey-to-change-them")
		).assertButton(
			view.message("copy-survey")
		);

		Assertions.assertEquals(
			1, view.select("form").size(), "only the copy is offered");
		Assertions.assertEquals(5, view.select("li.card fieldset").size());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theQuestionFormAndItsRefusals(Locale locale) throws Exception {
		RenderedView view = _renderQuestionForm(
			"add-question",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			));

		view.assertHeading(1, view.message("add-question"));
		view.assertField("questionType", view.message("question-type"));
		view.assertField("required", view.message("the-question-must-be-answered"));

		_assertPostsTo(view, "%2Fsurvey%2Fadmin%2Fedit_survey_question");

		_viewHarness.assertAccessible(view);

		RenderedView refused = _renderQuestionForm(
			"question-refused",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"questionType", "3"
			).parameter(
				"options_sv_SE", "Bara ett"
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, SurveyQuestionTextException.class);
					SessionErrors.add(
						renderRequest, SurveyQuestionOptionsException.class);
				}
			));

		refused.assertFieldValue("options_sv_SE", "Bara ett");

		Assertions.assertEquals(
			List.of(
				"#" + refused.getNamespace() + "text_sv_SE",
				"#" + refused.getNamespace() + "options_sv_SE"),
			refused.select(
				"[role=alert] a"
			).eachAttr(
				"href"
			));
		Assertions.assertTrue(
			refused.select(
				"#" + refused.getNamespace() + "questionType option[value=3]"
			).hasAttr(
				"selected"
			),
			"the type chosen stays chosen");

		_viewHarness.assertAccessible(refused);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aRefusalOrAGoneSurveyShowsTheErrorPage(Locale locale)
		throws Exception {

		for (PortalException portalException :
				new PortalException[] {
					new PrincipalException.MustHavePermission(0, "VIEW"),
					new NoSuchSurveyException()
				}) {

			SurveyService surveyService = mock(SurveyService.class);

			when(
				surveyService.getSurvey(SurveyViews.SURVEY_ID)
			).thenThrow(
				portalException
			);

			ViewSurveyQuestionsMVCRenderCommand renderCommand =
				new ViewSurveyQuestionsMVCRenderCommand();

			Fields.set(
				renderCommand, "_surveyQuestionService",
				mock(SurveyQuestionService.class));
			Fields.set(
				renderCommand, "_surveyLocalService",
				mock(SurveyLocalService.class));
			Fields.set(renderCommand, "_surveyService", surveyService);

			boolean refused = portalException instanceof PrincipalException;

			RenderedView view = _viewHarness.render(
				"survey_admin", refused ? "error-refused" : "error-gone",
				ViewRequest.in(
					locale
				).parameter(
					"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
				),
				renderCommand::render);

			view.assertAlert(
				"danger",
				view.message(
					refused ? "you-do-not-have-permission-to-do-this" :
						"the-survey-or-its-part-could-not-be-found-it-may-have-been-deleted")
			).assertLink(
				view.message("back-to-the-surveys"), ""
			).assertNone(
				"form", "nothing to change"
			);

			_viewHarness.assertAccessible(view);
		}
	}

	private static void _assertPostsTo(RenderedView view, String actionName) {
		Element form = view.select("form").first();

		Assertions.assertEquals("post", form.attr("method"));
		Assertions.assertTrue(
			form.attr("action").contains("javax.portlet.action=" + actionName),
			form.attr("action"));
		Assertions.assertTrue(form.attr("action").contains("p_auth="));
	}

	private static SurveyService _surveyService() throws Exception {
		SurveyService surveyService = mock(SurveyService.class);

		Survey survey = SurveyViews.followUpSurvey();

		when(
			surveyService.getSurvey(SurveyViews.SURVEY_ID)
		).thenReturn(
			survey
		);

		return surveyService;
	}

	private RenderedView _renderQuestionForm(
			String state, ViewRequest viewRequest)
		throws Exception {

		SurveyQuestionService surveyQuestionService = mock(
			SurveyQuestionService.class);

		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		when(
			surveyQuestionService.getSurveyQuestions(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyQuestions
		);

		EditSurveyQuestionMVCRenderCommand renderCommand =
			new EditSurveyQuestionMVCRenderCommand();

		Fields.set(
			renderCommand, "_surveyQuestionService", surveyQuestionService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private RenderedView _renderQuestions(
			String state, ViewRequest viewRequest, boolean locked)
		throws Exception {

		SurveyQuestionService surveyQuestionService = mock(
			SurveyQuestionService.class);

		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		when(
			surveyQuestionService.getSurveyQuestions(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyQuestions
		);

		// The page asks the survey service, which enforces the lock, rather than counting responses itself

		SurveyLocalService surveyLocalService = mock(SurveyLocalService.class);

		when(
			surveyLocalService.isLocked(SurveyViews.SURVEY_ID)
		).thenReturn(
			locked
		);

		ViewSurveyQuestionsMVCRenderCommand renderCommand =
			new ViewSurveyQuestionsMVCRenderCommand();

		Fields.set(
			renderCommand, "_surveyQuestionService", surveyQuestionService);
		Fields.set(renderCommand, "_surveyLocalService", surveyLocalService);
		Fields.set(renderCommand, "_surveyService", _surveyService());

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private RenderedView _renderSurveyForm(
			String state, ViewRequest viewRequest)
		throws Exception {

		EditSurveyMVCRenderCommand renderCommand =
			new EditSurveyMVCRenderCommand();

		Fields.set(
			renderCommand, "_portletResourcePermission",
			mock(PortletResourcePermission.class));
		Fields.set(renderCommand, "_surveyService", _surveyService());

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private RenderedView _renderSurveys(
			String state, ViewRequest viewRequest, List<Survey> surveys)
		throws Exception {

		return _renderSurveys(state, viewRequest, surveys, surveys.size(), 0);
	}

	/**
	 * @param surveys the page's surveys, as the service returns them from {@code start}
	 * @param total the site's surveys
	 */
	private RenderedView _renderSurveys(
			String state, ViewRequest viewRequest, List<Survey> surveys,
			int total, int start)
		throws Exception {

		SurveyService surveyService = mock(SurveyService.class);

		when(
			surveyService.getGroupSurveysCount(ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			total
		);
		when(
			surveyService.getGroupSurveys(
				ViewHarness.SITE_GROUP_ID, start, start + 20)
		).thenReturn(
			surveys
		);

		SurveyQuestionLocalService surveyQuestionLocalService = mock(
			SurveyQuestionLocalService.class);

		when(
			surveyQuestionLocalService.dslQuery(any(DSLQuery.class))
		).thenReturn(
			List.<Object[]>of(
				new Object[] {SurveyViews.SURVEY_ID, 5L},
				new Object[] {4002L, 3L})
		);

		SurveyResponseLocalService surveyResponseLocalService = mock(
			SurveyResponseLocalService.class);

		when(
			surveyResponseLocalService.dslQuery(any(DSLQuery.class))
		).thenReturn(
			List.<Object[]>of(new Object[] {SurveyViews.SURVEY_ID, 12L})
		);

		ViewSurveysMVCRenderCommand renderCommand =
			new ViewSurveysMVCRenderCommand();

		Fields.set(
			renderCommand, "_surveyQuestionLocalService",
			surveyQuestionLocalService);
		Fields.set(
			renderCommand, "_surveyResponseLocalService",
			surveyResponseLocalService);
		Fields.set(renderCommand, "_surveyService", surveyService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
