package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.admin.DateInput;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.ConfirmDeleteDisplayContext;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * Asks before a question, a survey or a dispatch is deleted, naming what goes, read through the remote services (so
 * the coordinator must be allowed to see it). Deleting is then a POST of the page's form; leaving the page deletes
 * nothing. No script is needed to be asked.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.CONFIRM_DELETE
	},
	service = MVCRenderCommand.class
)
public class ConfirmDeleteMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	public static final String TYPE_DISPATCH = "dispatch";

	public static final String TYPE_QUESTION = "question";

	public static final String TYPE_SURVEY = "survey";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		Locale locale = themeDisplay.getLocale();

		String type = ParamUtil.getString(renderRequest, "type");
		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");

		Survey survey = _surveyService.getSurvey(surveyId);

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		Map<String, String> hiddenParameters = new LinkedHashMap<>();

		hiddenParameters.put("type", type);
		hiddenParameters.put("surveyId", String.valueOf(surveyId));

		ConfirmDeleteDisplayContext confirmDeleteDisplayContext;

		if (TYPE_QUESTION.equals(type)) {
			SurveyQuestion surveyQuestion = _question(
				surveyId, ParamUtil.getLong(renderRequest, "surveyQuestionId"));

			hiddenParameters.put(
				"surveyQuestionId",
				String.valueOf(surveyQuestion.getSurveyQuestionId()));

			confirmDeleteDisplayContext = new ConfirmDeleteDisplayContext(
				"delete-the-question", surveyQuestion.getText(locale),
				_QUESTION_CONSEQUENCE,
				surveyAdminURLs.getActionURL(
					SurveyMVCCommandNames.DELETE_SURVEY_QUESTION),
				hiddenParameters, surveyAdminURLs.getQuestionsURL(surveyId),
				_errorKey(renderRequest));
		}
		else if (TYPE_SURVEY.equals(type)) {
			confirmDeleteDisplayContext = new ConfirmDeleteDisplayContext(
				"delete-the-survey", survey.getTitle(locale),
				_SURVEY_CONSEQUENCE,
				surveyAdminURLs.getActionURL(
					SurveyMVCCommandNames.DELETE_SURVEY),
				hiddenParameters, surveyAdminURLs.getSurveysURL(),
				_errorKey(renderRequest));
		}
		else if (TYPE_DISPATCH.equals(type)) {
			SurveyDispatch surveyDispatch = _dispatch(
				surveyId, ParamUtil.getLong(renderRequest, "surveyDispatchId"));

			hiddenParameters.put(
				"surveyDispatchId",
				String.valueOf(surveyDispatch.getSurveyDispatchId()));

			confirmDeleteDisplayContext = new ConfirmDeleteDisplayContext(
				"delete-the-dispatch",
				_language.format(
					locale, "dispatch-of-x-closing-x",
					new Object[] {
						survey.getTitle(locale),
						DateInput.format(
							surveyDispatch.getCloseDate(),
							themeDisplay.getTimeZone(
							).toZoneId())
					}),
				_DISPATCH_CONSEQUENCE,
				surveyAdminURLs.getActionURL(
					SurveyMVCCommandNames.DELETE_SURVEY_DISPATCH),
				hiddenParameters, surveyAdminURLs.getDispatchesURL(surveyId),
				_errorKey(renderRequest));
		}
		else {
			throw new NoSuchModelException("Nothing of type " + type);
		}

		renderRequest.setAttribute(
			SurveyWebKeys.CONFIRM_DELETE_DISPLAY_CONTEXT,
			confirmDeleteDisplayContext);

		return "/survey_admin/confirm_delete.jsp";
	}

	/**
	 * @return the message of the refusal that brought the page back, or null
	 */
	private String _errorKey(RenderRequest renderRequest) {
		for (Class<?> refusal :
				new Class<?>[] {
					SurveyDispatchInUseException.class,
					SurveyInUseException.class, SurveyLockedException.class
				}) {

			if (SessionErrors.contains(renderRequest, refusal.getName())) {
				return SurveyErrorKeys.getErrorKey(refusal);
			}
		}

		return null;
	}

	private SurveyDispatch _dispatch(long surveyId, long surveyDispatchId)
		throws PortalException {

		for (SurveyDispatch surveyDispatch :
				_surveyDispatchService.getSurveyDispatches(surveyId)) {

			if (surveyDispatch.getSurveyDispatchId() == surveyDispatchId) {
				return surveyDispatch;
			}
		}

		throw new NoSuchModelException(
			"No dispatch " + surveyDispatchId + " of survey " + surveyId);
	}

	private SurveyQuestion _question(long surveyId, long surveyQuestionId)
		throws PortalException {

		for (SurveyQuestion surveyQuestion :
				_surveyQuestionService.getSurveyQuestions(surveyId)) {

			if (surveyQuestion.getSurveyQuestionId() == surveyQuestionId) {
				return surveyQuestion;
			}
		}

		throw new NoSuchModelException(
			"No question " + surveyQuestionId + " of survey " + surveyId);
	}

	private static final String _DISPATCH_CONSEQUENCE =
		"deleting-the-dispatch-deletes-its-unsent-invitations-and-cannot-be-undone-a-dispatch-that-has-sent-invitations-is-closed-instead";

	private static final String _QUESTION_CONSEQUENCE =
		"deleting-the-question-cannot-be-undone-the-questions-after-it-move-up-one-place";

	private static final String _SURVEY_CONSEQUENCE =
		"deleting-the-survey-deletes-its-questions-and-cannot-be-undone-a-sent-or-answered-survey-is-archived-instead";

	@Reference
	private Language _language;

	@Reference
	private SurveyDispatchService _surveyDispatchService;

	@Reference
	private SurveyQuestionService _surveyQuestionService;

	@Reference
	private SurveyService _surveyService;

}
