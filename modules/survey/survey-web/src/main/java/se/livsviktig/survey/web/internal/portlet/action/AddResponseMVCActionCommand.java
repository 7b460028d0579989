package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.answer.AnswerFieldErrors;
import se.livsviktig.survey.web.internal.answer.AnswerKey;
import se.livsviktig.survey.web.internal.answer.SubmittedAnswers;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * Sends the answers to the response service, by the link's token or (in Mina enkäter) by the invitation, which
 * checks that the sender may answer and stores the response. Stored, the page thanks the person and forgets the
 * token. Refused for an answer the page can explain, it comes back with the answers as they were sent and the
 * refusal at its question; a link that can no longer be used shows the one page for that.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.MY_SURVEYS,
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ANSWER,
		"mvc.command.name=" + SurveyMVCCommandNames.ADD_RESPONSE
	},
	service = MVCActionCommand.class
)
public class AddResponseMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		AnswerKey answerKey = AnswerKey.of(actionRequest, _portal);
		Map<Long, String[]> answers = SubmittedAnswers.of(
			actionRequest.getParameterMap());

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", SurveyMVCCommandNames.VIEW_ANSWER_FORM
		);

		try {
			if (answerKey.isToken()) {
				_surveyResponseService.addResponse(
					answerKey.getToken(), answers);
			}
			else {
				_surveyResponseService.addMyResponse(
					answerKey.getSurveyInvitationId(), answers);
			}

			SessionMessages.add(
				actionRequest,
				ViewAnswerFormMVCRenderCommand.RESPONSE_ADDED_MESSAGE_KEY);

			hideDefaultSuccessMessage(actionRequest);
		}
		catch (PrincipalException | SurveyTokenException exception) {
			SessionErrors.add(actionRequest, SurveyTokenException.class);

			hideDefaultErrorMessage(actionRequest);
		}
		catch (PortalException portalException) {
			if (!AnswerFieldErrors.ANSWER_ERRORS.contains(
					portalException.getClass())) {

				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			_portal.copyRequestParameters(actionRequest, actionResponse);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcRenderCommandName", SurveyMVCCommandNames.VIEW_ANSWER_FORM
			);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private SurveyResponseService _surveyResponseService;

}
