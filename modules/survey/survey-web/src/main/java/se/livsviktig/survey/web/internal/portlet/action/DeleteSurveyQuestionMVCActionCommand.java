package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Deletes a question, then shows the question editor. The question service refuses once the survey has a response.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.DELETE_SURVEY_QUESTION
	},
	service = MVCActionCommand.class
)
public class DeleteSurveyQuestionMVCActionCommand extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		_surveyQuestionService.deleteSurveyQuestion(
			ParamUtil.getLong(actionRequest, "surveyQuestionId"));

		doneRenderParameters.setValue(
			"surveyId", ParamUtil.getString(actionRequest, "surveyId"));

		return SuccessMessages.QUESTION_DELETED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(SurveyLockedException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS;
	}

	@Reference
	private SurveyQuestionService _surveyQuestionService;

}
