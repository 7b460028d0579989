package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.admin.SurveyCounts;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyListPages;
import se.livsviktig.survey.web.internal.display.context.SurveyRow;
import se.livsviktig.survey.web.internal.display.context.SurveysDisplayContext;

/**
 * A page of the site's surveys as the survey service lists them to the coordinator, each with its question and
 * response counts (two grouped statements for the page's surveys).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=/",
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_SURVEYS
	},
	service = MVCRenderCommand.class
)
public class ViewSurveysMVCRenderCommand extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		SurveyListPages pages = new SurveyListPages(
			ParamUtil.getInteger(renderRequest, "cur", 1),
			_surveyService.getGroupSurveysCount(themeDisplay.getScopeGroupId()),
			surveyAdminURLs::getSurveysURL);

		List<Survey> surveys = _surveyService.getGroupSurveys(
			themeDisplay.getScopeGroupId(), pages.getStart(), pages.getEnd());

		SurveyCounts surveyCounts = new SurveyCounts(List.of(), List.of());

		if (!surveys.isEmpty()) {
			Long[] surveyIds = surveys.stream(
			).map(
				Survey::getSurveyId
			).toArray(
				Long[]::new
			);

			surveyCounts = new SurveyCounts(
				_surveyQuestionLocalService.dslQuery(
					SurveyCounts.questionCountQuery(surveyIds)),
				_surveyResponseLocalService.dslQuery(
					SurveyCounts.responseCountQuery(surveyIds)));
		}

		List<SurveyRow> rows = new ArrayList<>();

		for (Survey survey : surveys) {
			rows.add(
				new SurveyRow(
					survey, themeDisplay.getLocale(), surveyCounts,
					surveyAdminURLs));
		}

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEYS_DISPLAY_CONTEXT,
			new SurveysDisplayContext(
				rows, pages, SuccessMessages.of(renderRequest),
				surveyAdminURLs.getEditSurveyURL(0)));

		return "/survey_admin/view_surveys.jsp";
	}

	@Reference
	private SurveyQuestionLocalService _surveyQuestionLocalService;

	@Reference
	private SurveyResponseLocalService _surveyResponseLocalService;

	@Reference
	private SurveyService _surveyService;

}
