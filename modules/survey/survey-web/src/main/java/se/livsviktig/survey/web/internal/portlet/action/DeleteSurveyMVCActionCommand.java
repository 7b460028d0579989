package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Deletes a survey from the confirmation page's form, then shows the surveys; a survey that was sent or answered
 * is refused on the confirmation page with "archive it instead".
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.DELETE_SURVEY
	},
	service = MVCActionCommand.class
)
public class DeleteSurveyMVCActionCommand
	extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		_surveyService.deleteSurvey(
			ParamUtil.getLong(actionRequest, "surveyId"));

		return SuccessMessages.SURVEY_DELETED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEYS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(SurveyInUseException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.CONFIRM_DELETE;
	}

	@Reference
	private SurveyService _surveyService;

}
