package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Deletes a dispatch from the confirmation page's form, then shows the survey's dispatches; a dispatch that has
 * sent invitations is refused on the confirmation page with "close it instead".
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.DELETE_SURVEY_DISPATCH
	},
	service = MVCActionCommand.class
)
public class DeleteSurveyDispatchMVCActionCommand
	extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		_surveyDispatchService.deleteSurveyDispatch(
			ParamUtil.getLong(actionRequest, "surveyDispatchId"));

		doneRenderParameters.setValue(
			"surveyId", ParamUtil.getString(actionRequest, "surveyId"));

		return SuccessMessages.DISPATCH_DELETED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_DISPATCHES;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(SurveyDispatchInUseException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.CONFIRM_DELETE;
	}

	@Reference
	private SurveyDispatchService _surveyDispatchService;

}
