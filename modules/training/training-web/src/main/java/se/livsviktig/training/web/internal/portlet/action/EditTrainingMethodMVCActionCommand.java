package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.exception.TrainingMethodDescriptionException;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.TrainingMethodsDisplayContext;

/**
 * Saves a training method through the permission-checking remote service. Input the service refuses brings
 * the form back with what was typed and a message per field; a missing permission shows the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.EDIT_TRAINING_METHOD
	},
	service = MVCActionCommand.class
)
public class EditTrainingMethodMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long trainingMethodId = ParamUtil.getLong(
			actionRequest, "trainingMethodId");

		Map<Locale, String> nameMap = _localization.getLocalizationMap(
			actionRequest, "name");
		Map<Locale, String> descriptionMap = _localization.getLocalizationMap(
			actionRequest, "description");
		boolean certifiedInstructorsRequired = ParamUtil.getBoolean(
			actionRequest, "certifiedInstructorsRequired");
		int instructorsPerSession = ParamUtil.getInteger(
			actionRequest, "instructorsPerSession");
		int requiredAttendancePercent = ParamUtil.getInteger(
			actionRequest, "requiredAttendancePercent");
		int licenceSessionsRequired = ParamUtil.getInteger(
			actionRequest, "licenceSessionsRequired");
		int licencePeriodMonths = ParamUtil.getInteger(
			actionRequest, "licencePeriodMonths");
		int followUpSurveyDays = ParamUtil.getInteger(
			actionRequest, "followUpSurveyDays");

		try {
			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				TrainingMethod.class.getName(), actionRequest);

			if (trainingMethodId <= 0) {
				_trainingMethodService.addTrainingMethod(
					themeDisplay.getCompanyGroupId(), null, nameMap,
					descriptionMap, certifiedInstructorsRequired,
					instructorsPerSession, requiredAttendancePercent,
					licenceSessionsRequired, licencePeriodMonths,
					followUpSurveyDays, serviceContext);
			}
			else {
				_trainingMethodService.updateTrainingMethod(
					trainingMethodId, nameMap, descriptionMap,
					certifiedInstructorsRequired, instructorsPerSession,
					requiredAttendancePercent, licenceSessionsRequired,
					licencePeriodMonths, followUpSurveyDays, serviceContext);
			}

			SessionMessages.add(
				actionRequest, TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY);

			String redirect = ParamUtil.getString(actionRequest, "redirect");

			if (Validator.isNotNull(redirect)) {
				sendRedirect(actionRequest, actionResponse, redirect);
			}
		}
		catch (TrainingMethodDescriptionException |
			   TrainingMethodNameException | TrainingMethodRuleException
				   exception) {

			SessionErrors.add(actionRequest, exception.getClass(), exception);

			hideDefaultErrorMessage(actionRequest);

			_portal.copyRequestParameters(actionRequest, actionResponse);

			MutableRenderParameters mutableRenderParameters =
				actionResponse.getRenderParameters();

			mutableRenderParameters.setValue(
				"mvcRenderCommandName",
				TrainingMVCCommandNames.EDIT_TRAINING_METHOD);
		}
		catch (NoSuchTrainingMethodException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			MutableRenderParameters mutableRenderParameters =
				actionResponse.getRenderParameters();

			mutableRenderParameters.setValue("mvcPath", "/error.jsp");
		}
	}

	@Reference
	private Localization _localization;

	@Reference
	private Portal _portal;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
