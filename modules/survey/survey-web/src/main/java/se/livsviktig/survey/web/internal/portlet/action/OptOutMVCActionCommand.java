package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.answer.AnswerKey;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * The link's "I do not want to answer": the response service marks the invitation opted out, so no reminder
 * follows, and the page confirms it. A link that can no longer be used shows the one page for that.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ANSWER,
		"mvc.command.name=" + SurveyMVCCommandNames.OPT_OUT
	},
	service = MVCActionCommand.class
)
public class OptOutMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		AnswerKey answerKey = AnswerKey.of(actionRequest, _portal);

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", SurveyMVCCommandNames.VIEW_ANSWER_FORM
		);

		try {
			_surveyResponseService.optOut(answerKey.getToken());

			SessionMessages.add(
				actionRequest,
				ViewAnswerFormMVCRenderCommand.OPTED_OUT_MESSAGE_KEY);

			hideDefaultSuccessMessage(actionRequest);
		}
		catch (SurveyTokenException surveyTokenException) {
			SessionErrors.add(actionRequest, SurveyTokenException.class);

			hideDefaultErrorMessage(actionRequest);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SurveyResponseService _surveyResponseService;

}
