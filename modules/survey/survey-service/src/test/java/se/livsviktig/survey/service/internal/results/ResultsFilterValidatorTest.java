package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

public class ResultsFilterValidatorTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_validator, "_courseSessionLocalService",
			_courseSessionLocalService);
		Fields.set(
			_validator, "_organizationLocalService", _organizationLocalService);
		Fields.set(
			_validator, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(11)
		).thenReturn(
			trainingMethod
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(courseSession.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_courseSessionLocalService.fetchCourseSession(21)
		).thenReturn(
			courseSession
		);

		Organization organization = mock(Organization.class);

		when(organization.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_organizationLocalService.fetchOrganization(31)
		).thenReturn(
			organization
		);

		Organization otherCompanys = mock(Organization.class);

		when(otherCompanys.getCompanyId()).thenReturn(_COMPANY_ID + 1);
		when(
			_organizationLocalService.fetchOrganization(32)
		).thenReturn(
			otherCompanys
		);
	}

	@Test
	public void filtersOfTheCompanyOrNoneAreAccepted() throws Exception {
		_validator.validate(_COMPANY_ID, _query(0, 0, 0));
		_validator.validate(_COMPANY_ID, _query(11, 21, 31));
	}

	@Test
	public void anUnknownMethodIsRefused() {
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(12, 0, 0)));
	}

	@Test
	public void anUnknownSessionIsRefused() {
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(0, 22, 0)));
	}

	@Test
	public void anUnknownOrAnotherCompanysOrganizationIsRefused() {
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(0, 0, 33)));
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(0, 0, 32)));
	}

	@Test
	public void aMalformedIdIsRefusedNotWidenedToAll() {
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(-1, 0, 0)));
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(0, -1, 0)));
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _validator.validate(_COMPANY_ID, _query(0, 0, -1)));
	}

	private static SurveyResultsQuery _query(
		long methodId, long courseSessionId, long organizationId) {

		return new SurveyResultsQuery(
			methodId, courseSessionId, organizationId, 0, 0, List.of());
	}

	private static final long _COMPANY_ID = 20_097;

	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final ResultsFilterValidator _validator =
		new ResultsFilterValidator();

}
