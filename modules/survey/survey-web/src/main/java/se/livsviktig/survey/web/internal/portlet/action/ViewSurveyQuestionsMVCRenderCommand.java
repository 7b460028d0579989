package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;


import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyQuestionsDisplayContext;

/**
 * The question editor of one survey, read through the survey services (which check the coordinator may see it),
 * and whether its questions are locked, asked of the survey service: the page follows the rule the service enforces
 * rather than a count of its own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS
	},
	service = MVCRenderCommand.class
)
public class ViewSurveyQuestionsMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");

		Survey survey = _surveyService.getSurvey(surveyId);

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEY_QUESTIONS_DISPLAY_CONTEXT,
			new SurveyQuestionsDisplayContext(
				renderRequest, survey,
				_surveyQuestionService.getSurveyQuestions(surveyId),
				_surveyLocalService.isLocked(surveyId),
				themeDisplay(
					renderRequest
				).getLocale(),
				new SurveyAdminURLs(renderResponse)));

		return "/survey_admin/view_survey_questions.jsp";
	}

	@Reference
	private SurveyQuestionService _surveyQuestionService;

	@Reference
	private SurveyLocalService _surveyLocalService;

	@Reference
	private SurveyService _surveyService;

}
