package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.answer.AnswerFieldErrors;
import se.livsviktig.survey.web.internal.answer.AnswerKey;
import se.livsviktig.survey.web.internal.answer.SubmittedAnswers;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.AnswerFormDisplayContext;
import se.livsviktig.survey.web.internal.display.context.AnswerURLs;

/**
 * The answer page: thanks or the opt-out's confirmation right after those actions; otherwise the form of the
 * invitation the link's token (or, in Mina enkäter, the invitation id) names, as the response service hands it
 * out, with the answers sent before a refusal. Whatever the service will not hand out (a token used, closed,
 * unknown or opted out of; somebody else's invitation; no key at all) is the one "link cannot be used" page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ANSWER,
		"mvc.command.name=/",
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_ANSWER_FORM
	},
	service = MVCRenderCommand.class
)
public class ViewAnswerFormMVCRenderCommand implements MVCRenderCommand {

	public static final String OPTED_OUT_MESSAGE_KEY = "optedOut";

	public static final String RESPONSE_ADDED_MESSAGE_KEY = "responseAdded";

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		AnswerKey answerKey = AnswerKey.of(renderRequest, portal);

		AnswerURLs answerURLs = new AnswerURLs(
			renderResponse, isMySurveys());

		renderRequest.setAttribute(
			SurveyWebKeys.ANSWER_FORM_DISPLAY_CONTEXT,
			_displayContext(renderRequest, answerKey, answerURLs));

		return "/survey_answer/view.jsp";
	}

	/**
	 * @return whether the page is shown in Mina enkäter, which links back to the list
	 */
	protected boolean isMySurveys() {
		return false;
	}

	private AnswerFormDisplayContext _displayContext(
		RenderRequest renderRequest, AnswerKey answerKey,
		AnswerURLs answerURLs) {

		if (SessionMessages.contains(
				renderRequest, RESPONSE_ADDED_MESSAGE_KEY)) {

			return AnswerFormDisplayContext.ofState(
				AnswerFormDisplayContext.STATE_THANKS, answerURLs);
		}

		if (SessionMessages.contains(renderRequest, OPTED_OUT_MESSAGE_KEY)) {
			return AnswerFormDisplayContext.ofState(
				AnswerFormDisplayContext.STATE_OPTED_OUT, answerURLs);
		}

		if (!answerKey.isPresent() ||
			SessionErrors.contains(
				renderRequest, SurveyTokenException.class.getName()) ||
			SessionErrors.contains(
				renderRequest, PrincipalException.getNestedClasses())) {

			return AnswerFormDisplayContext.ofState(
				AnswerFormDisplayContext.STATE_UNUSABLE_LINK, answerURLs);
		}

		SurveyAnswerForm surveyAnswerForm;

		try {
			if (answerKey.isToken()) {
				surveyAnswerForm = surveyResponseService.getAnswerForm(
					answerKey.getToken());
			}
			else {
				surveyAnswerForm = surveyResponseService.getMyAnswerForm(
					answerKey.getSurveyInvitationId());
			}
		}
		catch (PortalException portalException) {
			return AnswerFormDisplayContext.ofState(
				AnswerFormDisplayContext.STATE_UNUSABLE_LINK, answerURLs);
		}

		// The refusal as the action stored it: the exception, which names the question at fault.

		Object refusal = null;

		for (Class<?> answerError : AnswerFieldErrors.ANSWER_ERRORS) {
			if (SessionErrors.contains(renderRequest, answerError.getName())) {
				refusal = SessionErrors.get(
					renderRequest, answerError.getName());

				if (refusal == null) {
					refusal = answerError;
				}
			}
		}

		Map<Long, String[]> entered = Map.of();

		if (refusal != null) {
			entered = SubmittedAnswers.of(renderRequest.getParameterMap());
		}

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		List<SurveyQuestion> surveyQuestions =
			surveyAnswerForm.getQuestions();

		return AnswerFormDisplayContext.ofForm(
			surveyAnswerForm.getSurvey(), surveyQuestions,
			themeDisplay.getLocale(), answerKey, entered,
			AnswerFieldErrors.of(refusal, surveyQuestions, entered),
			answerURLs);
	}

	/**
	 * Protected, not private: SCR sets the references of ViewMyAnswerFormMVCRenderCommand, the same page in Mina
	 * enkäter, through this class's fields.
	 */
	@Reference
	protected Portal portal;

	@Reference
	protected SurveyResponseService surveyResponseService;

}
