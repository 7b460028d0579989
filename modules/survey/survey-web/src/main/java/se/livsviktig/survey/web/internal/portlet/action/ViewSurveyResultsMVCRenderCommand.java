package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ResourceBundle;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.platform.web.GetFormTarget;
import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.results.FreeTextAnswers;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;
import se.livsviktig.survey.web.internal.results.LanguageResourceBundle;
import se.livsviktig.survey.web.internal.results.ResultsFilterFactory;
import se.livsviktig.survey.web.internal.results.SurveyResultsDisplayContext;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;
import se.livsviktig.survey.web.internal.results.SurveyResultsRequest;

/**
 * A survey's results, filtered and grouped as the GET form asks, read
 * through the results service (which checks VIEW_SURVEY_RESULTS and
 * suppresses small cells).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_SURVEY_RESULTS
	},
	service = MVCRenderCommand.class
)
public class ViewSurveyResultsMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");
		String groupBy = ParamUtil.getString(renderRequest, "groupBy");
		String fromMonth = ParamUtil.getString(renderRequest, "fromMonth");
		String toMonth = ParamUtil.getString(renderRequest, "toMonth");
		String methodId = ParamUtil.getString(renderRequest, "methodId");
		String courseSessionId = ParamUtil.getString(
			renderRequest, "courseSessionId");
		String organizationId = ParamUtil.getString(
			renderRequest, "organizationId");

		Survey survey = _surveyService.getSurvey(surveyId);

		SurveyResultsQuery surveyResultsQuery = SurveyResultsRequest.toQuery(
			groupBy, fromMonth, toMonth, methodId, courseSessionId,
			organizationId);

		try {
			renderRequest.setAttribute(
				SurveyWebKeys.SURVEY_RESULTS_DISPLAY_CONTEXT,
				_displayContext(
					survey, surveyResultsQuery, themeDisplay, renderResponse));
		}
		catch (SurveyResultsFilterException surveyResultsFilterException) {
			renderRequest.setAttribute(
				"filterErrorKey",
				SurveyErrorKeys.getErrorKey(
					surveyResultsFilterException.getClass()));
		}

		renderRequest.setAttribute(
			"resultsFilter",
			_resultsFilterFactory.create(surveyResultsQuery, themeDisplay));

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		renderRequest.setAttribute(
			"surveyTitle", survey.getTitle(themeDisplay.getLocale()));
		renderRequest.setAttribute(
			"getFormTarget",
			new GetFormTarget(surveyAdminURLs.getResultsURL(surveyId)));
		renderRequest.setAttribute("groupBy", groupBy);
		renderRequest.setAttribute(
			"fromMonth", _monthValue(surveyResultsQuery.getFromMonth()));
		renderRequest.setAttribute(
			"toMonth", _monthValue(surveyResultsQuery.getToMonth()));
		renderRequest.setAttribute(
			"backURL", surveyAdminURLs.getSurveysURL());
		renderRequest.setAttribute(
			"exportURL",
			ResourceURLBuilder.createResourceURL(
				renderResponse
			).setParameter(
				"surveyId", String.valueOf(surveyId)
			).setParameter(
				"groupBy", groupBy
			).setParameter(
				"fromMonth", fromMonth
			).setParameter(
				"toMonth", toMonth
			).setParameter(
				"methodId", methodId
			).setParameter(
				"courseSessionId", courseSessionId
			).setParameter(
				"organizationId", organizationId
			).setResourceID(
				SurveyMVCCommandNames.EXPORT_SURVEY_RESULTS
			).buildString());

		return "/survey_admin/results.jsp";
	}

	private SurveyResultsDisplayContext _displayContext(
			Survey survey, SurveyResultsQuery surveyResultsQuery,
			ThemeDisplay themeDisplay, RenderResponse renderResponse)
		throws PortalException {

		long surveyId = survey.getSurveyId();

		SurveyResults surveyResults = _surveyResultsService.getSurveyResults(
			surveyId, surveyResultsQuery);

		ResourceBundle resourceBundle = new LanguageResourceBundle(
			_language, themeDisplay.getLocale());

		return new SurveyResultsDisplayContext(
			surveyResults,
			_surveyResultsLabelsFactory.create(
				surveyId, themeDisplay.getLocale(), resourceBundle),
			resourceBundle, themeDisplay.getLocale(),
			renderResponse.getNamespace(),
			FreeTextAnswers.read(
				surveyResults,
				_portletResourcePermission.contains(
					themeDisplay.getPermissionChecker(), survey.getGroupId(),
					SurveyActionKeys.VIEW_FREE_TEXT),
				surveyQuestionId -> _surveyResultsService.getFreeTextAnswers(
					surveyId, surveyQuestionId, surveyResultsQuery)));
	}

	private String _monthValue(int month) {
		if (month == 0) {
			return "";
		}

		return String.format("%d-%02d", month / 100, month % 100);
	}

	@Reference
	private Language _language;

	@Reference(target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResultsFilterFactory _resultsFilterFactory;

	@Reference
	private SurveyResultsLabelsFactory _surveyResultsLabelsFactory;

	@Reference
	private SurveyResultsService _surveyResultsService;

	@Reference
	private SurveyService _surveyService;

}
