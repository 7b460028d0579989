package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.web.internal.admin.DateInput;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.display.context.SuccessMessages;
import se.livsviktig.survey.web.internal.display.context.SurveyDispatchFormDisplayContext;

/**
 * Adds a dispatch to a survey (surveyDispatchId 0) or saves one with its status in one call (one transaction: a
 * refused status leaves the settings unchanged), then shows
 * the survey's dispatches with their progress. Only the chosen target is sent: a method's id, or the chosen
 * sessions with method 0, as the dispatch service expects.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH
	},
	service = MVCActionCommand.class
)
public class EditSurveyDispatchMVCActionCommand
	extends BaseSurveyAdminMVCActionCommand {

	@Override
	protected String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = themeDisplay.getTimeZone().toZoneId();

		long surveyId = ParamUtil.getLong(actionRequest, "surveyId");
		long surveyDispatchId = ParamUtil.getLong(
			actionRequest, "surveyDispatchId");

		long methodId = 0;
		long[] courseSessionIds = new long[0];

		if (SurveyDispatchFormDisplayContext.TARGET_SESSIONS.equals(
				ParamUtil.getString(actionRequest, "target"))) {

			courseSessionIds = GetterUtil.getLongValues(
				actionRequest.getParameterValues("courseSessionIds"));
		}
		else {
			methodId = ParamUtil.getLong(actionRequest, "methodId");
		}

		int triggerType = ParamUtil.getInteger(actionRequest, "triggerType");
		int delayDays = ParamUtil.getInteger(actionRequest, "delayDays");
		int reminderIntervalDays = ParamUtil.getInteger(
			actionRequest, "reminderIntervalDays");
		int maxReminders = ParamUtil.getInteger(actionRequest, "maxReminders");

		if (surveyDispatchId > 0) {
			_surveyDispatchService.updateSurveyDispatch(
				surveyDispatchId, methodId, courseSessionIds, triggerType,
				delayDays,
				DateInput.parse(
					ParamUtil.getString(actionRequest, "windowStartDate"),
					zoneId),
				DateInput.parse(
					ParamUtil.getString(actionRequest, "closeDate"), zoneId),
				reminderIntervalDays, maxReminders,
				ParamUtil.getInteger(actionRequest, "status"));
		}
		else {
			_surveyDispatchService.addSurveyDispatch(
				surveyId, methodId, courseSessionIds, triggerType, delayDays,
				DateInput.parse(
					ParamUtil.getString(actionRequest, "windowStartDate"),
					zoneId),
				DateInput.parse(
					ParamUtil.getString(actionRequest, "closeDate"), zoneId),
				reminderIntervalDays, maxReminders,
				ServiceContextFactory.getInstance(
					SurveyDispatch.class.getName(), actionRequest));
		}

		doneRenderParameters.setValue("surveyId", String.valueOf(surveyId));

		return SuccessMessages.DISPATCH_SAVED;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return SurveyMVCCommandNames.VIEW_SURVEY_DISPATCHES;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of(SurveyDispatchException.class);
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH;
	}

	@Reference
	private SurveyDispatchService _surveyDispatchService;

}
