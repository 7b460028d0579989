package se.livsviktig.survey.test.view;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.PortalUtil;

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
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.portlet.action.ViewAnswerFormMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.ViewMyAnswerFormMVCRenderCommand;

/**
 * The answer page as an invitee meets it from the e-mail's link, signed out, on a phone too: one fieldset per
 * question with its legend, "required" in words, Likert as five labelled radio buttons, yes/no and single choice
 * radio buttons, multiple choice checkboxes, free text with its limit, sent by POST to an action URL with the
 * portal's CSRF token; after a refusal an error summary that links to each question at fault, with the answers
 * kept; thanks; the one page for a link that cannot be used; the opt-out's confirmation; and the same form from
 * Mina enkäter by the invitation, without the opt-out.
 *
 * @author Livsviktig
 */
public class AnswerPageViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theFormShowsOneQuestionPerFieldset(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"form", ViewRequest.in(locale).parameter("token", _TOKEN));

		String namespace = view.getNamespace();

		view.assertHeading(
			2, _title(locale)
		).assertText(
			view.message("questions-marked-required-must-be-answered")
		).assertButton(
			view.message("send-answers")
		).assertButton(
			view.message("decline-the-survey")
		).assertNone(
			"[role=alert]", "a fresh form has no errors"
		);

		Elements fieldsets = view.select("fieldset");

		Assertions.assertEquals(5, fieldsets.size());

		Element likert = fieldsets.get(0);

		Assertions.assertTrue(
			likert.selectFirst(
				"legend"
			).text(
			).contains(
				"(" + view.message("required") + ")"
			),
			"required is said in words");
		Assertions.assertTrue(
			fieldsets.get(
				2
			).selectFirst(
				"legend"
			).text(
			).contains(
				"(" + view.message("optional") + ")"
			));
		Assertions.assertEquals(
			5,
			likert.select(
				"input[type=radio][name=" + namespace + "answer101]"
			).size());
		Assertions.assertEquals(
			"1 – Instämmer inte alls",
			likert.select(
				"label[for=" + namespace + "answer101]"
			).text());
		Assertions.assertEquals(
			"5 – Instämmer helt",
			likert.select(
				"label[for=" + namespace + "answer101_4]"
			).text());

		view.assertField("answer102", view.message("yes"));
		view.assertField("answer102_1", view.message("no"));

		Assertions.assertEquals(
			3,
			fieldsets.get(
				2
			).select(
				"input[type=radio]"
			).size());
		Assertions.assertEquals(
			3,
			fieldsets.get(
				3
			).select(
				"input[type=checkbox][name=" + namespace + "answer104]"
			).size());

		Element freeText = view.assertField(
			"answer105",
			view.message(
				"your-answer-at-most-x-characters",
				SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH));

		Assertions.assertEquals(
			String.valueOf(SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH),
			freeText.attr("maxlength"));

		Elements forms = view.select("form");

		Assertions.assertEquals(2, forms.size());

		for (Element form : forms) {
			Assertions.assertEquals("post", form.attr("method"));
			Assertions.assertTrue(
				form.attr("action").contains("p_auth="), "a CSRF token");
			Assertions.assertEquals(
				_TOKEN,
				form.select(
					"input[type=hidden][name=" + namespace + "token]"
				).val());
		}

		Assertions.assertTrue(
			forms.get(
				0
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Fsurvey%2Fanswer%2Fadd_response"
			));
		Assertions.assertTrue(
			forms.get(
				1
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Fsurvey%2Fanswer%2Fopt_out"
			));

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aRefusalSummarisesTheErrorsAndKeepsTheAnswers(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"required-missing",
			ViewRequest.in(
				locale
			).parameter(
				"token", _TOKEN
			).parameter(
				"answer101", "4"
			).parameter(
				"answer104", "0", "2"
			).parameter(
				"answer105", "Mer tid för övningar <b>tack</b>"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyRequiredAnswerException.class,
					new SurveyRequiredAnswerException(
						"Question 102 must be answered", 102))
			));

		String namespace = view.getNamespace();

		Element summary = view.select(
			"[role=alert]"
		).first();

		Assertions.assertNotNull(summary, "an error summary");
		Assertions.assertEquals(
			"#" + namespace + "answer102",
			summary.select(
				"a"
			).attr(
				"href"
			));
		Assertions.assertEquals(
			view.message("answer-this-question"),
			summary.select(
				"a"
			).text());
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "answer101_3"
			).hasAttr(
				"checked"
			),
			"the Likert answer 4 stays chosen");
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "answer104"
			).hasAttr(
				"checked"
			));
		Assertions.assertFalse(
			view.select(
				"#" + namespace + "answer104_1"
			).hasAttr(
				"checked"
			));
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "answer104_2"
			).hasAttr(
				"checked"
			));
		Assertions.assertEquals(
			"Mer tid för övningar <b>tack</b>",
			view.select(
				"#" + namespace + "answer105"
			).text(),
			"the free text kept, escaped");
		Assertions.assertEquals(
			namespace + "answer102Error",
			view.select(
				"fieldset"
			).get(
				1
			).attr(
				"aria-describedby"
			));

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	/**
	 * A tampered Likert answer (9): the service's refusal names question 101, and the page marks that question,
	 * not the others, and links to it from the summary.
	 */
	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aRefusalNamingAQuestionMarksExactlyThatQuestion(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"answer-does-not-fit",
			ViewRequest.in(
				locale
			).parameter(
				"token", _TOKEN
			).parameter(
				"answer101", "9"
			).parameter(
				"answer102", "1"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyAnswerException.class,
					new SurveyAnswerException(
						"Question 101 takes 1 to 5, not 9", 101))
			));

		String namespace = view.getNamespace();

		Elements summaryLinks = view.select("[role=alert] a");

		Assertions.assertEquals(1, summaryLinks.size(), summaryLinks.toString());
		Assertions.assertEquals(
			"#" + namespace + "answer101", summaryLinks.attr("href"));
		Assertions.assertEquals(
			view.message("this-answer-does-not-fit-the-question-choose-again"),
			summaryLinks.text());

		Elements fieldsets = view.select("fieldset");

		Assertions.assertEquals(
			namespace + "answer101Error",
			fieldsets.get(
				0
			).attr(
				"aria-describedby"
			));
		Assertions.assertTrue(
			view.select(
				"#" + namespace + "answer101Error"
			).text(
			).contains(
				view.message(
					"this-answer-does-not-fit-the-question-choose-again")
			),
			"the refusal beside the question");

		for (int i = 1; i < fieldsets.size(); i++) {
			Assertions.assertFalse(
				fieldsets.get(
					i
				).hasAttr(
					"aria-describedby"
				),
				"only the question the refusal names is marked");
		}

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void afterAnsweringThePersonIsThanked(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"thanks",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					ViewAnswerFormMVCRenderCommand.RESPONSE_ADDED_MESSAGE_KEY)
			));

		view.assertHeading(
			2, view.message("thank-you-for-your-answers")
		).assertAlert(
			"success", view.message("your-answers-have-been-saved")
		).assertNone(
			"form", "nothing more to send"
		);

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aLinkThatCannotBeUsedSaysSoWithoutSayingWhy(Locale locale)
		throws Exception {

		doThrow(
			new SurveyTokenException()
		).when(
			_surveyResponseService
		).getAnswerForm(
			"used"
		);

		List<ViewRequest> viewRequests = List.of(
					ViewRequest.in(
						locale
					).parameter(
						"token", "used"
					),
					ViewRequest.in(locale),
					ViewRequest.in(
						locale
					).parameter(
						"token", _TOKEN
					).afterAction(
						renderRequest -> SessionErrors.add(
							renderRequest, SurveyTokenException.class)
					));

		for (int i = 0; i < viewRequests.size(); i++) {
			RenderedView view = _render(
				"unusable-link-" + _UNUSABLE_LINKS[i], viewRequests.get(i));

			view.assertHeading(
				2, view.message("the-link-cannot-be-used")
			).assertAlert(
				"warning",
				view.message(
					"this-link-cannot-be-used-it-may-have-been-used-already-or-the-survey-has-closed")
			).assertNone(
				"form, fieldset", "no form, and nothing of the survey"
			);

			Assertions.assertFalse(
				view.getHtml().contains(_title(locale)),
				"nothing of the survey");

			_viewHarness.assertAccessible(view);
			_viewHarness.assertAccessible(view, 375);
		}
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void anOptOutIsConfirmed(Locale locale) throws Exception {
		RenderedView view = _render(
			"opted-out",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					ViewAnswerFormMVCRenderCommand.OPTED_OUT_MESSAGE_KEY)
			));

		view.assertHeading(
			2, view.message("you-have-declined-the-survey")
		).assertAlert(
			"info",
			view.message("you-will-get-no-more-reminders-about-this-survey")
		).assertNone(
			"form", "nothing more to send"
		);

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void fromMySurveysTheFormGoesByTheInvitation(Locale locale)
		throws Exception {

		ViewMyAnswerFormMVCRenderCommand renderCommand =
			new ViewMyAnswerFormMVCRenderCommand();

		_inject(renderCommand);

		RenderedView view = _viewHarness.render(
			"survey_answer", "my-surveys-form",
			ViewRequest.in(
				locale
			).parameter(
				"surveyInvitationId", "7001"
			),
			renderCommand::render);

		String namespace = view.getNamespace();

		Elements forms = view.select("form");

		Assertions.assertEquals(1, forms.size(), "no opt-out from Mina enkäter");
		Assertions.assertEquals(
			"7001",
			forms.select(
				"input[type=hidden][name=" + namespace + "surveyInvitationId]"
			).val());
		Assertions.assertTrue(
			forms.select(
				"input[name=" + namespace + "token]"
			).isEmpty());

		view.assertLink(
			view.message("back-to-my-surveys"),
			"%2Fsurvey%2Fview_my_surveys");

		_viewHarness.assertAccessible(view);
	}

	private static void _inject(Object renderCommand) throws Exception {
		Survey survey = SurveyViews.followUpSurvey();
		List<SurveyQuestion> surveyQuestions = SurveyViews.questions();

		SurveyAnswerForm surveyAnswerForm = new SurveyAnswerForm(
			survey, surveyQuestions);

		when(
			_surveyResponseService.getAnswerForm(_TOKEN)
		).thenReturn(
			surveyAnswerForm
		);
		when(
			_surveyResponseService.getMyAnswerForm(7001)
		).thenReturn(
			surveyAnswerForm
		);

		Fields.set(renderCommand, "portal", PortalUtil.getPortal());
		Fields.set(
			renderCommand, "surveyResponseService", _surveyResponseService);
	}

	private static String _title(Locale locale) {
		if (SurveyViews.SWEDISH.equals(locale)) {
			return "Uppföljning MHFA";
		}

		return "MHFA follow-up";
	}

	private RenderedView _render(String state, ViewRequest viewRequest)
		throws Exception {

		ViewAnswerFormMVCRenderCommand renderCommand =
			new ViewAnswerFormMVCRenderCommand();

		_inject(renderCommand);

		return _viewHarness.render(
			"survey_answer", state, viewRequest, renderCommand::render);
	}

	private static final String _TOKEN = "q0Lk9xTz3Vb8";

	/**
	 * The three ways a link cannot be used, as the screenshots name them: the service refuses the token, the page
	 * has none, or answering just found it used.
	 */
	private static final String[] _UNUSABLE_LINKS = {
		"refused", "no-token", "after-answering"
	};

	private static final SurveyResponseService _surveyResponseService = mock(
		SurveyResponseService.class);
	private static ViewHarness _viewHarness;

}
