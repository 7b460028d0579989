package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.UnitTrainingDisplayContext;
import se.livsviktig.training.web.internal.display.context.UnitTrainingReader;

/**
 * Min enhets utbildning, the approvals portlet's second view: a manager approves for the unit, so the same
 * portlet shows who in it has been trained.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_UNIT_TRAINING
	},
	service = MVCRenderCommand.class
)
public class ViewUnitTrainingMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		renderRequest.setAttribute(
			TrainingWebKeys.UNIT_TRAINING_DISPLAY_CONTEXT,
			new UnitTrainingDisplayContext(
				renderRequest, renderResponse, _registrationService,
				new UnitTrainingReader(
					_registrationService, _trainingMethodService,
					themeDisplay.getCompanyGroupId(), themeDisplay.getLocale(),
					themeDisplay.getTimeZone(
					).toZoneId()),
				_PAGE_SIZE));

		return "/approvals/unit_training.jsp";
	}

	/**
	 * A unit's members on one screen; a förvaltning's run to several pages.
	 */
	private static final int _PAGE_SIZE = 25;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
