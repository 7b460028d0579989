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
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;

/**
 * Copies a survey with its questions (the way to change a survey that has responses), then shows the copy's question editor.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.COPY_SURVEY
	},
	service = MVCActionCommand.class
)
public class CopySurveyMVCActionCommand extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		Survey copy = _surveyService.copySurvey(
			ParamUtil.getLong(actionRequest, "surveyId"),
			ServiceContextFactory.getInstance(
				Survey.class.getName(), actionRequest));

		doneRenderParameters.setValue(
			"surveyId", String.valueOf(copy.getSurveyId()));

		return SuccessMessages.SURVEY_COPIED;
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
	private SurveyService _surveyService;

}
