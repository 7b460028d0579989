package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;
import java.util.ResourceBundle;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.instructor.TaughtSessionSurveys;
import se.livsviktig.survey.web.internal.results.FreeTextAnswers;
import se.livsviktig.survey.web.internal.results.LanguageResourceBundle;
import se.livsviktig.survey.web.internal.results.SurveyResultsDisplayContext;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * The evaluations of one session the signed-in person taught: the surveys
 * answered in it and, for the chosen one, its results per question under the
 * same suppression as the coordinators' page, through
 * SurveyResultsService.getTaughtSessionResults. A session they did not teach
 * is refused by the results service's permission (the page says so); the
 * questions, the course and the survey's labels are read by the local
 * services once that permission has let the caller see the session.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_INSTRUCTOR_RESULTS,
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_TAUGHT_SESSION_RESULTS
	},
	service = MVCRenderCommand.class
)
public class ViewTaughtSessionResultsMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!themeDisplay.isSignedIn()) {
			return "/instructor_results/sign_in.jsp";
		}

		long courseSessionId = ParamUtil.getLong(
			renderRequest, "courseSessionId");

		renderRequest.setAttribute(
			"backURL",
			PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				SurveyMVCCommandNames.VIEW_TAUGHT_SESSIONS
			).buildString());

		try {
			TaughtSessionSurveys taughtSessionSurveys =
				new TaughtSessionSurveys(
					_surveyResultsService.getTaughtSessionSurveys(
						courseSessionId),
					ParamUtil.getLong(renderRequest, "surveyId"),
					themeDisplay.getLocale(),
					surveyId -> PortletURLBuilder.createRenderURL(
						renderResponse
					).setMVCRenderCommandName(
						SurveyMVCCommandNames.VIEW_TAUGHT_SESSION_RESULTS
					).setParameter(
						"courseSessionId", courseSessionId
					).setParameter(
						"surveyId", surveyId
					).buildString());

			renderRequest.setAttribute(
				SurveyWebKeys.TAUGHT_SESSION_SURVEYS, taughtSessionSurveys);
			renderRequest.setAttribute(
				"courseTitle",
				_courseTitle(courseSessionId, themeDisplay));

			Survey survey = taughtSessionSurveys.getChosenSurvey();

			if (survey != null) {
				renderRequest.setAttribute(
					SurveyWebKeys.SURVEY_RESULTS_DISPLAY_CONTEXT,
					_displayContext(
						survey, courseSessionId, themeDisplay,
						renderResponse));
			}

			return "/instructor_results/results.jsp";
		}
		catch (PrincipalException principalException) {
			SessionErrors.add(renderRequest, principalException.getClass());

			return "/instructor_results/refused.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	private String _courseTitle(
		long courseSessionId, ThemeDisplay themeDisplay) {

		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(courseSessionId);

		if (courseSession == null) {
			return "";
		}

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		if (course == null) {
			return "";
		}

		return course.getTitle(themeDisplay.getLocale());
	}

	private SurveyResultsDisplayContext _displayContext(
			Survey survey, long courseSessionId, ThemeDisplay themeDisplay,
			RenderResponse renderResponse)
		throws PortalException {

		long surveyId = survey.getSurveyId();

		SurveyResultsQuery surveyResultsQuery = new SurveyResultsQuery(
			0, courseSessionId, 0, 0, 0, List.of());

		SurveyResults surveyResults =
			_surveyResultsService.getTaughtSessionResults(
				surveyId, surveyResultsQuery);

		ResourceBundle resourceBundle = new LanguageResourceBundle(
			_language, themeDisplay.getLocale());

		return new SurveyResultsDisplayContext(
			surveyResults,
			_surveyResultsLabelsFactory.create(
				_surveyQuestionLocalService.getSurveyQuestions(surveyId),
				themeDisplay.getLocale(), resourceBundle),
			resourceBundle, themeDisplay.getLocale(),
			renderResponse.getNamespace(),
			FreeTextAnswers.read(
				surveyResults,
				_portletResourcePermission.contains(
					themeDisplay.getPermissionChecker(), survey.getGroupId(),
					SurveyActionKeys.VIEW_FREE_TEXT),
				surveyQuestionId -> _surveyResultsService.getFreeTextAnswers(
					surveyId, surveyQuestionId, surveyResultsQuery)));
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private Language _language;

	@Reference(target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SurveyQuestionLocalService _surveyQuestionLocalService;

	@Reference
	private SurveyResultsLabelsFactory _surveyResultsLabelsFactory;

	@Reference
	private SurveyResultsService _surveyResultsService;

}
