package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyFormDisplayContext;

/**
 * The survey form: empty for a new survey (surveyId 0), filled for an existing one (read through the survey
 * service, which checks the coordinator may see it), and again after a refusal with what was typed. A new survey's
 * form is shown only to someone who may add one (MANAGE_SURVEYS in the site), so nobody fills in a form that can
 * only be refused.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY
	},
	service = MVCRenderCommand.class
)
public class EditSurveyMVCRenderCommand extends BaseSurveyAdminMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");

		Survey survey = null;

		if (surveyId > 0) {
			survey = _surveyService.getSurvey(surveyId);
		}
		else {
			_portletResourcePermission.check(
				themeDisplay.getPermissionChecker(),
				themeDisplay.getScopeGroupId(),
				SurveyActionKeys.MANAGE_SURVEYS);
		}

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEY_FORM_DISPLAY_CONTEXT,
			new SurveyFormDisplayContext(
				renderRequest, survey,
				surveyAdminURLs.getActionURL(SurveyMVCCommandNames.EDIT_SURVEY),
				surveyAdminURLs.getSurveysURL()));

		return "/survey_admin/edit_survey.jsp";
	}

	@Reference(target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SurveyService _surveyService;

}
