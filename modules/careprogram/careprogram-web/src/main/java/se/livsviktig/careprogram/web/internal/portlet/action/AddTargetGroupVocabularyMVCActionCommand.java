package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * Creates the site's "Målgrupp" vocabulary when the coordinator asks for it on the programme form: the one write
 * the pages used to do on a GET. The remote service creates it only for someone who manages programmes and
 * otherwise only finds it; finding none here means the caller may not create it, which the error page says. The
 * coordinator lands back on the form they came from.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.ADD_TARGET_GROUP_VOCABULARY
	},
	service = MVCActionCommand.class
)
public class AddTargetGroupVocabularyMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			_careProgramService.addTargetGroupVocabulary(
				themeDisplay.getScopeGroupId());
		}
		catch (PrincipalException principalException) {
			SessionErrors.add(actionRequest, principalException.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);

			return;
		}

		SessionMessages.add(
			actionRequest, CareProgramMessages.TARGET_GROUP_VOCABULARY_ADDED);

		renderParameters.setValue(
			"mvcRenderCommandName",
			CareProgramMVCCommandNames.EDIT_CARE_PROGRAM);
		renderParameters.setValue(
			"careProgramId",
			String.valueOf(ParamUtil.getLong(actionRequest, "careProgramId")));
	}

	@Reference
	private CareProgramService _careProgramService;

}
