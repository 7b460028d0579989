package se.livsviktig.survey.service.internal.results;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A results filter names a method, a session and an administration
 * (organisation) of the survey's company, or none: an id that names nothing
 * there (a stale bookmark, a typed URL, another company's id) is refused
 * rather than silently showing no responses, which would read as "nobody
 * answered".
 */
@Component(service = ResultsFilterValidator.class)
public class ResultsFilterValidator {

	public void validate(long companyId, SurveyResultsQuery query)
		throws SurveyResultsFilterException {

		long methodId = query.getMethodId();

		if (methodId != 0) {
			TrainingMethod trainingMethod =
				(methodId < 0) ? null :
					_trainingMethodLocalService.fetchTrainingMethod(methodId);

			if ((trainingMethod == null) ||
				(trainingMethod.getCompanyId() != companyId)) {

				throw new SurveyResultsFilterException(
					"Unknown training method " + methodId);
			}
		}

		long courseSessionId = query.getCourseSessionId();

		if (courseSessionId != 0) {
			CourseSession courseSession =
				(courseSessionId < 0) ? null :
					_courseSessionLocalService.fetchCourseSession(
						courseSessionId);

			if ((courseSession == null) ||
				(courseSession.getCompanyId() != companyId)) {

				throw new SurveyResultsFilterException(
					"Unknown course session " + courseSessionId);
			}
		}

		long organizationId = query.getOrganizationId();

		if (organizationId != 0) {
			Organization organization =
				(organizationId < 0) ? null :
					_organizationLocalService.fetchOrganization(organizationId);

			if ((organization == null) ||
				(organization.getCompanyId() != companyId)) {

				throw new SurveyResultsFilterException(
					"Unknown organization " + organizationId);
			}
		}
	}

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
