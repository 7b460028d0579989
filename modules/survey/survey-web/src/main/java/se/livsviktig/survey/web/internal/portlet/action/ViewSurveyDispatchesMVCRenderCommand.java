package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.DispatchRows;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyDispatchesDisplayContext;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A survey's dispatches with their progress, as the dispatch service lists and counts them (it checks the
 * coordinator may see the survey).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_SURVEY_DISPATCHES
	},
	service = MVCRenderCommand.class
)
public class ViewSurveyDispatchesMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");

		Survey survey = _surveyService.getSurvey(surveyId);

		Map<Long, DispatchProgress> progress = new HashMap<>();
		Map<Long, Integer> sessionCounts = new HashMap<>();

		List<SurveyDispatch> surveyDispatches =
			_surveyDispatchService.getSurveyDispatches(surveyId);

		for (SurveyDispatch surveyDispatch : surveyDispatches) {
			progress.put(
				surveyDispatch.getSurveyDispatchId(),
				_surveyDispatchService.getDispatchProgress(
					surveyDispatch.getSurveyDispatchId()));
			sessionCounts.put(
				surveyDispatch.getSurveyDispatchId(),
				_surveyDispatchService.getSurveyDispatchCourseSessionIds(
					surveyDispatch.getSurveyDispatchId()
				).length);
		}

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		DispatchRows dispatchRows = new DispatchRows(
			_language, themeDisplay.getLocale(),
			themeDisplay.getTimeZone().toZoneId(),
			_trainingMethodLocalService::fetchTrainingMethod,
			sessionCounts::get,
			progress::get,
			surveyDispatchId -> surveyAdminURLs.getEditDispatchURL(
				surveyId, surveyDispatchId));

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEY_DISPATCHES_DISPLAY_CONTEXT,
			new SurveyDispatchesDisplayContext(
				survey.getTitle(themeDisplay.getLocale()),
				dispatchRows.of(surveyDispatches),
				SuccessMessages.of(renderRequest),
				surveyAdminURLs.getEditDispatchURL(surveyId, 0),
				surveyAdminURLs.getQuestionsURL(surveyId),
				surveyAdminURLs.getSurveysURL()));

		return "/survey_admin/view_survey_dispatches.jsp";
	}

	@Reference
	private Language _language;

	@Reference
	private SurveyDispatchService _surveyDispatchService;

	@Reference
	private SurveyService _surveyService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
