package se.livsviktig.survey.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.portlet.action.ConfirmDeleteMVCRenderCommand;

/**
 * The page that asks before a question, a survey or a dispatch is deleted, in Swedish and English: it names what
 * goes and what goes with it, deleting is a POST form to the delete action with the portal's CSRF token and the
 * ids, "Avbryt" is a plain link back that deletes nothing, no script is needed; a refused delete comes back here
 * with its message. Axe-clean, a screenshot per state.
 *
 * @author Livsviktig
 */
public class ConfirmDeleteViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void deletingAQuestionIsAskedFirst(Locale locale) throws Exception {
		RenderedView view = _render(
			"confirm-delete-question",
			_request(
				locale, "question"
			).parameter(
				"surveyQuestionId", "102"
			));

		view.assertHeading(
			1, view.message("delete-the-question")
		).assertText(
			SurveyViews.SWEDISH.equals(locale) ?
				"Har du använt det du lärde dig?" :
					"Have you used what you learnt?"
		).assertText(
			view.message(
				"deleting-the-question-cannot-be-undone-the-questions-after-" +
					"it-move-up-one-place")
		);

		_assertForm(
			view, "%2Fsurvey%2Fadmin%2Fdelete_survey_question",
			"surveyQuestionId", "102",
			"%2Fsurvey%2Fadmin%2Fview_survey_questions");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void deletingASurveyIsAskedFirst(Locale locale) throws Exception {
		RenderedView view = _render(
			"confirm-delete-survey", _request(locale, "survey"));

		view.assertHeading(
			1, view.message("delete-the-survey")
		).assertText(
			_title(locale)
		);

		_assertForm(
			view, "%2Fsurvey%2Fadmin%2Fdelete_survey", "surveyId",
			String.valueOf(SurveyViews.SURVEY_ID),
			"%2Fsurvey%2Fadmin%2Fview_surveys");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void deletingADispatchIsAskedFirst(Locale locale) throws Exception {
		RenderedView view = _render(
			"confirm-delete-dispatch",
			_request(
				locale, "dispatch"
			).parameter(
				"surveyDispatchId", "5001"
			));

		view.assertHeading(
			1, view.message("delete-the-dispatch")
		).assertText(
			view.message("dispatch-of-x-closing-x", _title(locale), "2031-12-31")
		).assertText(
			view.message(
				"deleting-the-dispatch-deletes-its-unsent-invitations-and-" +
					"cannot-be-undone-a-dispatch-that-has-sent-invitations-" +
						"is-closed-instead")
		);

		_assertForm(
			view, "%2Fsurvey%2Fadmin%2Fdelete_survey_dispatch",
			"surveyDispatchId", "5001",
			"%2Fsurvey%2Fadmin%2Fview_survey_dispatches");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aDispatchThatSentInvitationsSaysCloseItInstead(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"confirm-delete-dispatch-in-use",
			_request(
				locale, "dispatch"
			).parameter(
				"surveyDispatchId", "5001"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyDispatchInUseException.class.getName())
			));

		view.assertAlert(
			"danger",
			view.message(
				"the-dispatch-has-sent-invitations-close-it-instead-of-" +
					"deleting-it"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aSurveyInUseSaysArchiveItInstead(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"confirm-delete-survey-in-use",
			_request(
				locale, "survey"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyInUseException.class.getName())
			));

		view.assertAlert(
			"danger",
			view.message(
				"the-survey-has-dispatches-or-responses-archive-it-instead-of-" +
					"deleting-it"));

		_viewHarness.assertAccessible(view);
	}

	private static SurveyDispatch _dispatch() {
		SurveyDispatch surveyDispatch = mock(SurveyDispatch.class);

		when(surveyDispatch.getSurveyDispatchId()).thenReturn(5001L);
		when(surveyDispatch.getSurveyId()).thenReturn(SurveyViews.SURVEY_ID);
		when(
			surveyDispatch.getCloseDate()
		).thenReturn(
			Date.from(Instant.parse("2031-12-31T12:00:00Z"))
		);

		return surveyDispatch;
	}

	private static String _title(Locale locale) {
		return SurveyViews.followUpSurvey(
		).getTitle(
			locale
		);
	}

	/**
	 * One POST form, to the action, with the CSRF token, the ids as hidden fields and a delete button; the way back
	 * is a link, not a form.
	 */
	private void _assertForm(
		RenderedView view, String actionName, String idName, String idValue,
		String cancelRenderCommand) {

		Assertions.assertEquals(1, view.select("form").size(), "one form");

		Element form = view.select("form").first();

		Assertions.assertEquals("post", form.attr("method"));
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"p_auth="
			),
			"the CSRF token");
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				actionName
			),
			form.attr("action"));

		Element id = form.selectFirst(
			"input[type=hidden][name=" + view.getNamespace() + idName + "]");

		Assertions.assertNotNull(id, idName);
		Assertions.assertEquals(idValue, id.attr("value"));

		Assertions.assertEquals(
			view.message("delete"),
			form.selectFirst(
				"button[type=submit].btn-danger"
			).text());

		view.assertLink(view.message("cancel"), cancelRenderCommand);

		view.assertNone("script", "no script is needed to be asked");
	}

	private RenderedView _render(String state, ViewRequest viewRequest)
		throws Exception {

		SurveyService surveyService = mock(SurveyService.class);

		Survey survey = SurveyViews.followUpSurvey();

		when(
			surveyService.getSurvey(SurveyViews.SURVEY_ID)
		).thenReturn(
			survey
		);

		// The doubles are made before stubbing with them: Mockito refuses a mock made inside thenReturn

		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		SurveyQuestionService surveyQuestionService = mock(
			SurveyQuestionService.class);

		when(
			surveyQuestionService.getSurveyQuestions(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyQuestions
		);

		List<SurveyDispatch> surveyDispatches = List.of(_dispatch());

		SurveyDispatchService surveyDispatchService = mock(
			SurveyDispatchService.class);

		when(
			surveyDispatchService.getSurveyDispatches(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyDispatches
		);

		ConfirmDeleteMVCRenderCommand renderCommand =
			new ConfirmDeleteMVCRenderCommand();

		Fields.set(renderCommand, "_language", LanguageUtil.getLanguage());
		Fields.set(
			renderCommand, "_surveyDispatchService", surveyDispatchService);
		Fields.set(
			renderCommand, "_surveyQuestionService", surveyQuestionService);
		Fields.set(renderCommand, "_surveyService", surveyService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private ViewRequest _request(Locale locale, String type) {
		return ViewRequest.in(
			locale
		).parameter(
			"type", type
		).parameter(
			"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
		);
	}

	private static ViewHarness _viewHarness;

}
