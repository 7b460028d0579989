package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;

/**
 * The answer page inside Mina enkäter, reached from the list by the invitation's id: the same form and states as
 * the answer widget's, with a way back to the list.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.MY_SURVEYS,
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_ANSWER_FORM
	},
	service = MVCRenderCommand.class
)
public class ViewMyAnswerFormMVCRenderCommand
	extends ViewAnswerFormMVCRenderCommand {

	@Override
	protected boolean isMySurveys() {
		return true;
	}

}
