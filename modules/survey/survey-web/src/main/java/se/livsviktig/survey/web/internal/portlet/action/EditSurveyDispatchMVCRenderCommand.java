package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.NoSuchSurveyDispatchException;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyAdminURLs;
import se.livsviktig.survey.web.internal.display.context.SurveyDispatchFormDisplayContext;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The dispatch form of a survey (read through the survey service, which checks the coordinator may see it):
 * empty for a new dispatch (surveyDispatchId 0), filled for one of the survey's dispatches. It offers the
 * company's training methods and the site's published sessions the coordinator may view.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH
	},
	service = MVCRenderCommand.class
)
public class EditSurveyDispatchMVCRenderCommand
	extends BaseSurveyAdminMVCRenderCommand {

	/**
	 * At most this many sessions are offered, the newest first as the training service lists them.
	 */
	public static final int SESSIONS_OFFERED = 200;

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long surveyId = ParamUtil.getLong(renderRequest, "surveyId");
		long surveyDispatchId = ParamUtil.getLong(
			renderRequest, "surveyDispatchId");

		_surveyService.getSurvey(surveyId);

		SurveyDispatch edited = null;

		for (SurveyDispatch surveyDispatch :
				_surveyDispatchService.getSurveyDispatches(surveyId)) {

			if (surveyDispatch.getSurveyDispatchId() == surveyDispatchId) {
				edited = surveyDispatch;
			}
		}

		if ((surveyDispatchId > 0) && (edited == null)) {
			throw new NoSuchSurveyDispatchException(
				"No dispatch " + surveyDispatchId + " of survey " + surveyId);
		}

		long[] chosenCourseSessionIds = new long[0];

		if (edited != null) {
			chosenCourseSessionIds =
				_surveyDispatchService.getSurveyDispatchCourseSessionIds(
					surveyDispatchId);
		}

		Map<Long, String> methodNames = new LinkedHashMap<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, Integer.MAX_VALUE)) {

			methodNames.put(
				trainingMethod.getTrainingMethodId(),
				trainingMethod.getName(themeDisplay.getLocale()));
		}

		ZoneId zoneId = themeDisplay.getTimeZone().toZoneId();

		DateTimeFormatter dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			themeDisplay.getLocale()
		);

		Map<Long, String> sessionLabels = new LinkedHashMap<>();

		for (CourseSession courseSession :
				_courseSessionService.getCourseSessions(
					themeDisplay.getScopeGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, SESSIONS_OFFERED)) {

			Course course = _courseLocalService.fetchCourse(
				courseSession.getCourseId());

			String title = (course == null) ? "" :
				course.getTitle(themeDisplay.getLocale());

			String day = (courseSession.getStartDate() == null) ? "" :
				dateFormatter.format(
					courseSession.getStartDate(
					).toInstant(
					).atZone(
						zoneId
					));

			sessionLabels.put(
				courseSession.getCourseSessionId(), title + ", " + day);
		}

		SurveyAdminURLs surveyAdminURLs = new SurveyAdminURLs(renderResponse);

		renderRequest.setAttribute(
			SurveyWebKeys.SURVEY_DISPATCH_FORM_DISPLAY_CONTEXT,
			new SurveyDispatchFormDisplayContext(
				renderRequest, surveyId, edited, chosenCourseSessionIds,
				methodNames, sessionLabels, zoneId,
				surveyAdminURLs.getActionURL(
					SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH),
				surveyAdminURLs.getDispatchesURL(surveyId)));

		return "/survey_admin/edit_survey_dispatch.jsp";
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private SurveyDispatchService _surveyDispatchService;

	@Reference
	private SurveyService _surveyService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
