package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyResultsLocalService;

/**
 * The surveys an instructor chooses between on Mina kursutvärderingar: those
 * answered in the session, in the caller's company, oldest first, read by one
 * statement on PostgreSQL; a survey answered only in another session, or
 * another company's survey answered in a session of the same id, is not one
 * of them.
 */
class CourseSessionSurveysIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@Test
	void theSurveysAnsweredInTheSessionInOneStatement() throws Exception {
		long evaluationId = _survey(_COMPANY_ID, new Date(1_000_000L));
		long followUpId = _survey(_COMPANY_ID, new Date(2_000_000L));
		long otherSessionsId = _survey(_COMPANY_ID, new Date(3_000_000L));
		long otherCompanysId = _survey(_OTHER_COMPANY_ID, new Date(500_000L));

		_response(_COMPANY_ID, followUpId, _SESSION);
		_response(_COMPANY_ID, evaluationId, _SESSION);
		_response(_COMPANY_ID, evaluationId, _SESSION);
		_response(_COMPANY_ID, otherSessionsId, _OTHER_SESSION);
		_response(_OTHER_COMPANY_ID, otherCompanysId, _SESSION);

		SurveyResultsLocalService surveyResultsLocalService = harness.get(
			SurveyResultsLocalService.class);

		harness.resetStatementCount();

		List<Survey> surveys = surveyResultsLocalService.getCourseSessionSurveys(
			_COMPANY_ID, _SESSION);

		assertEquals(1, harness.statementCount());
		assertEquals(
			List.of(evaluationId, followUpId),
			surveys.stream(
			).map(
				Survey::getSurveyId
			).collect(
				Collectors.toList()
			),
			"each once, oldest first");
		assertEquals(
			List.of(),
			surveyResultsLocalService.getCourseSessionSurveys(
				_COMPANY_ID, 999));
	}

	private void _response(long companyId, long surveyId, long courseSessionId)
		throws Exception {

		_rows.surveyResponse(
			response -> {
				response.setCompanyId(companyId);
				response.setGroupId(_GROUP_ID);
				response.setSurveyId(surveyId);
				response.setMethodId(501);
				response.setCourseSessionId(courseSessionId);
				response.setOrganizationId(701);
				response.setResponseMonth(202611);
				response.setResponseDay(new Date(0));
			});
	}

	private long _survey(long companyId, Date createDate) throws Exception {
		return _rows.survey(
			survey -> {
				survey.setCompanyId(companyId);
				survey.setGroupId(_GROUP_ID);
				survey.setCreateDate(createDate);
				survey.setAnonymous(true);
			}
		).getSurveyId();
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _GROUP_ID = 20_121;

	private static final long _OTHER_COMPANY_ID = 30_097;

	private static final long _OTHER_SESSION = 603;

	private static final long _SESSION = 602;

	private final SurveyRows _rows = new SurveyRows(harness);

}
