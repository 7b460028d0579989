package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;

/**
 * The admin app's routes: render URLs to its views and forms, action URLs (each a POST target with the portal's
 * CSRF token) for what changes something.
 *
 * @author Livsviktig
 */
public class SurveyAdminURLs {

	public SurveyAdminURLs(RenderResponse renderResponse) {
		_renderResponse = renderResponse;
	}

	public String getActionURL(String actionName) {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			actionName
		).buildString();
	}

	public String getDispatchesURL(long surveyId) {
		return _renderURL(SurveyMVCCommandNames.VIEW_SURVEY_DISPATCHES, surveyId);
	}

	public String getEditDispatchURL(long surveyId, long surveyDispatchId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH
		).setParameter(
			"surveyId", surveyId
		).setParameter(
			"surveyDispatchId", surveyDispatchId
		).buildString();
	}

	public String getEditQuestionURL(long surveyId, long surveyQuestionId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.EDIT_SURVEY_QUESTION
		).setParameter(
			"surveyId", surveyId
		).setParameter(
			"surveyQuestionId", surveyQuestionId
		).buildString();
	}

	public String getEditSurveyURL(long surveyId) {
		return _renderURL(SurveyMVCCommandNames.EDIT_SURVEY, surveyId);
	}

	public String getQuestionsURL(long surveyId) {
		return _renderURL(SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS, surveyId);
	}

	/**
	 * @param page the 1-based page of the surveys list
	 */
	public String getSurveysURL(int page) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.VIEW_SURVEYS
		).setParameter(
			"cur", page
		).buildString();
	}

	public String getSurveysURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.VIEW_SURVEYS
		).buildString();
	}

	public String getResultsURL(long surveyId) {
		return _renderURL(SurveyMVCCommandNames.VIEW_SURVEY_RESULTS, surveyId);
	}

	private String _renderURL(String mvcRenderCommandName, long surveyId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setParameter(
			"surveyId", surveyId
		).buildString();
	}

	private final RenderResponse _renderResponse;

}
