package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyQuestionLabelsException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyQuestionTypeException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.web.internal.admin.LocalizedInput;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Adds a question at the end of a survey (surveyQuestionId 0) or saves one, then shows the question editor with
 * its preview. The question service refuses both once the survey has a response.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY_QUESTION
	},
	service = MVCActionCommand.class
)
public class EditSurveyQuestionMVCActionCommand
	extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		long surveyId = ParamUtil.getLong(actionRequest, "surveyId");
		long surveyQuestionId = ParamUtil.getLong(
			actionRequest, "surveyQuestionId");
		boolean required = ParamUtil.getBoolean(actionRequest, "required");

		if (surveyQuestionId > 0) {
			_surveyQuestionService.updateSurveyQuestion(
				surveyQuestionId, LocalizedInput.of(actionRequest, "text"),
				LocalizedInput.of(actionRequest, "lowLabel"),
				LocalizedInput.of(actionRequest, "highLabel"),
				LocalizedInput.of(actionRequest, "options"), required);
		}
		else {
			_surveyQuestionService.addSurveyQuestion(
				surveyId, ParamUtil.getInteger(actionRequest, "questionType"),
				LocalizedInput.of(actionRequest, "text"),
				LocalizedInput.of(actionRequest, "lowLabel"),
				LocalizedInput.of(actionRequest, "highLabel"),
				LocalizedInput.of(actionRequest, "options"), required,
				ServiceContextFactory.getInstance(
					SurveyQuestion.class.getName(), actionRequest));
		}

		doneRenderParameters.setValue("surveyId", String.valueOf(surveyId));

		return SuccessMessages.QUESTION_SAVED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_QUESTIONS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(
			SurveyLockedException.class, SurveyQuestionLabelsException.class,
			SurveyQuestionOptionsException.class,
			SurveyQuestionTextException.class,
			SurveyQuestionTypeException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.EDIT_SURVEY_QUESTION;
	}

	@Reference
	private SurveyQuestionService _surveyQuestionService;

}
