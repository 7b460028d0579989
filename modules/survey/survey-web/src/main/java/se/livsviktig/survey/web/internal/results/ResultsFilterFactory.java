package se.livsviktig.survey.web.internal.results;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * Reads the choices of the results filters: the company's training methods
 * (archived ones too: their responses stay), the administrations (the
 * company's organisations) and, once a method is chosen, that method's
 * sessions in the site, as many as a select stays usable with.
 */
@Component(service = ResultsFilterFactory.class)
public class ResultsFilterFactory {

	public static final int SESSIONS_OFFERED = 300;

	public ResultsFilter create(
		SurveyResultsQuery query, ThemeDisplay themeDisplay) {

		Map<Long, String> methods = new HashMap<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_ANY, 0, Integer.MAX_VALUE)) {

			methods.put(
				trainingMethod.getTrainingMethodId(),
				trainingMethod.getName(themeDisplay.getLocale()));
		}

		Map<Long, String> sessions = new LinkedHashMap<>();

		if (query.getMethodId() > 0) {
			ZoneId zoneId = themeDisplay.getTimeZone().toZoneId();

			DateTimeFormatter dateFormatter =
				DateTimeFormatter.ofLocalizedDate(
					FormatStyle.MEDIUM
				).withLocale(
					themeDisplay.getLocale()
				);

			for (CourseSession courseSession :
					_courseSessionService.searchCourseSessions(
						themeDisplay.getScopeGroupId(), null,
						WorkflowConstants.STATUS_ANY, query.getMethodId(), 0,
						0, SESSIONS_OFFERED, null)) {

				sessions.put(
					courseSession.getCourseSessionId(),
					_sessionLabel(
						courseSession, themeDisplay, zoneId, dateFormatter));
			}
		}

		Map<Long, String> organizations = new HashMap<>();

		for (Organization organization :
				_organizationLocalService.getOrganizations(
					themeDisplay.getCompanyId(),
					OrganizationConstants.ANY_PARENT_ORGANIZATION_ID)) {

			organizations.put(
				organization.getOrganizationId(), organization.getName());
		}

		return new ResultsFilter(
			query, themeDisplay.getLocale(), methods, sessions, organizations);
	}

	private String _sessionLabel(
		CourseSession courseSession, ThemeDisplay themeDisplay, ZoneId zoneId,
		DateTimeFormatter dateFormatter) {

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		String title = (course == null) ? "" :
			course.getTitle(themeDisplay.getLocale());

		if (courseSession.getStartDate() == null) {
			return title;
		}

		return title + ", " +
			dateFormatter.format(
				courseSession.getStartDate(
				).toInstant(
				).atZone(
					zoneId
				));
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
