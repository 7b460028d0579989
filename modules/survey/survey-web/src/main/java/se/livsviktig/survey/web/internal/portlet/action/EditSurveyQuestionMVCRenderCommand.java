package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.NoSuchSurveyQuestionException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyQuestionFormDisplayContext;

/**
 * The question form: empty for a new question of the survey (surveyQuestionId 0), filled for one of its
 * questions, read from the survey's questions as the question service lists them (which checks the coordinator
 * may see the survey).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY_QUESTION
	},
	service = MVCRenderCommand.class
)
public class EditSurveyQuestionMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");
		long surveyQuestionId = ParamUtil.getLong(
			renderRequest, "surveyQuestionId");

		SurveyQuestion edited = null;

		for (SurveyQuestion surveyQuestion :
				_surveyQuestionService.getSurveyQuestions(surveyId)) {

			if (surveyQuestion.getSurveyQuestionId() == surveyQuestionId) {
				edited = surveyQuestion;
			}
		}

		if ((surveyQuestionId > 0) && (edited == null)) {
			throw new NoSuchSurveyQuestionException(
				"No question " + surveyQuestionId + " in survey " + surveyId);
		}

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEY_QUESTION_FORM_DISPLAY_CONTEXT,
			new SurveyQuestionFormDisplayContext(
				renderRequest, surveyId, edited,
				surveyAdminURLs.getActionURL(
					SurveyMVCCommandNames.EDIT_SURVEY_QUESTION),
				surveyAdminURLs.getQuestionsURL(surveyId)));

		return "/survey_admin/edit_survey_question.jsp";
	}

	@Reference
	private SurveyQuestionService _surveyQuestionService;

}
