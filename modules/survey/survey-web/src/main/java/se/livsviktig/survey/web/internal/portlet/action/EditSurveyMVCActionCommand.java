package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyKindException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.admin.LocalizedInput;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Adds a survey to the current site (surveyId 0), or
 * saves an existing survey's texts, anonymity and status; either way the page then shows its
 * questions, where the coordinator goes next.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY
	},
	service = MVCActionCommand.class
)
public class EditSurveyMVCActionCommand extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		long surveyId = ParamUtil.getLong(actionRequest, "surveyId");
		boolean anonymous = ParamUtil.getBoolean(actionRequest, "anonymous");

		if (surveyId > 0) {
			_surveyService.updateSurvey(
				surveyId, LocalizedInput.of(actionRequest, "title"),
				LocalizedInput.of(actionRequest, "description"), anonymous,
				ParamUtil.getInteger(actionRequest, "status"));
		}
		else {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);

			Survey survey = _surveyService.addSurvey(
				themeDisplay.getScopeGroupId(),
				LocalizedInput.of(actionRequest, "title"),
				LocalizedInput.of(actionRequest, "description"),
				ParamUtil.getInteger(actionRequest, "kind"), anonymous,
				ServiceContextFactory.getInstance(
					Survey.class.getName(), actionRequest));

			surveyId = survey.getSurveyId();
		}

		doneRenderParameters.setValue("surveyId", String.valueOf(surveyId));

		return SuccessMessages.SURVEY_SAVED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(
			SurveyKindException.class, SurveyStatusException.class,
			SurveyTitleException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.EDIT_SURVEY;
	}

	@Reference
	private SurveyService _surveyService;

}
