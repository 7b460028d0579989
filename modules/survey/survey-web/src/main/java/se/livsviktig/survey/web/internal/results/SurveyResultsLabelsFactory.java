package se.livsviktig.survey.web.internal.results;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Builds a results page's labels: the questions through the remote question
 * service (which checks the reader may see the survey), the names of methods,
 * sessions and administrations from their local services.
 */
@Component(service = SurveyResultsLabelsFactory.class)
public class SurveyResultsLabelsFactory {

	public ResultsLabels create(
			long surveyId, Locale locale, ResourceBundle resourceBundle)
		throws PortalException {

		return create(
			_surveyQuestionService.getSurveyQuestions(surveyId), locale,
			resourceBundle);
	}

	/**
	 * @param questions the survey's questions, read by a caller that has
	 *        already been allowed to see the survey's results
	 */
	public ResultsLabels create(
		List<SurveyQuestion> questions, Locale locale,
		ResourceBundle resourceBundle) {

		Map<Long, SurveyQuestion> surveyQuestions = new HashMap<>();

		for (SurveyQuestion surveyQuestion : questions) {
			surveyQuestions.put(
				surveyQuestion.getSurveyQuestionId(), surveyQuestion);
		}

		return new SurveyResultsLabels(
			locale, resourceBundle, surveyQuestions,
			methodId -> {
				TrainingMethod trainingMethod =
					_trainingMethodLocalService.fetchTrainingMethod(methodId);

				return (trainingMethod == null) ? String.valueOf(methodId) :
					trainingMethod.getName(locale);
			},
			courseSessionId -> _sessionName(courseSessionId, locale),
			organizationId -> {
				Organization organization =
					_organizationLocalService.fetchOrganization(organizationId);

				return (organization == null) ? String.valueOf(organizationId) :
					organization.getName();
			});
	}

	private String _sessionName(long courseSessionId, Locale locale) {
		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(courseSessionId);

		if (courseSession == null) {
			return String.valueOf(courseSessionId);
		}

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		if (course == null) {
			return String.valueOf(courseSessionId);
		}

		// The course title alone repeats across its sessions; the id tells them apart

		return course.getTitle(locale) + " (" + courseSessionId + ")";
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private SurveyQuestionService _surveyQuestionService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
