package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.lang.reflect.Proxy;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.Mockito;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;
import se.livsviktig.survey.service.SurveyFiguresLocalService;

/**
 * The report's survey figures through the survey app's local service on PostgreSQL and the portal's Hibernate
 * session: each family one statement however many groups and rows, and a group below the company's minimum of 5
 * respondents comes back without its number.
 *
 * @author Livsviktig
 */
class SurveyFiguresIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_companyId = _rows.newId();

		SurveyCompanyConfiguration surveyCompanyConfiguration = (SurveyCompanyConfiguration)Proxy.newProxyInstance(
			SurveyCompanyConfiguration.class.getClassLoader(), new Class<?>[] {SurveyCompanyConfiguration.class},
			(proxy, method, arguments) -> 5);

		Mockito.when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				SurveyCompanyConfiguration.class, _companyId
			)
		).thenReturn(
			surveyCompanyConfiguration
		);

		Company company = Mockito.mock(Company.class);

		Mockito.when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		Mockito.when(harness.portalService(CompanyLocalService.class).getCompany(_companyId)).thenReturn(company);
	}

	@Test
	void eachFamilyIsOneStatementAndSmallGroupsComeBackWithoutTheirNumber() throws Exception {
		long large = _rows.newId();
		long small = _rows.newId();

		_invitations(large, 6, 5);
		_invitations(small, 4, 3);

		long surveyId = _rows.survey(
			survey -> {
				survey.setCompanyId(_companyId);
				survey.setKind(SurveyConstants.KIND_FOLLOW_UP);
			}
		).getSurveyId();

		long questionId = _rows.surveyQuestion(
			surveyQuestion -> {
				surveyQuestion.setCompanyId(_companyId);
				surveyQuestion.setSurveyId(surveyId);
				surveyQuestion.setPosition(0);
				surveyQuestion.setQuestionType(SurveyQuestionConstants.TYPE_YES_NO);
			}
		).getSurveyQuestionId();

		for (int i = 0; i < 10; i++) {
			_response(surveyId, questionId, large, (i < 5) ? 1 : 0);
		}

		_response(surveyId, questionId, small, 1);
		_response(surveyId, questionId, small, 1);

		SurveyFiguresLocalService surveyFiguresLocalService = harness.get(SurveyFiguresLocalService.class);

		harness.resetStatementCount();

		List<ResponseRateFigures> responseRateFigures = _rows.read(
			() -> surveyFiguresLocalService.getResponseRateFigures(_companyId, _FROM, _TO));

		assertEquals(1, harness.statementCount(), "every group in one statement");
		assertEquals(
			List.of(
				new ResponseRateFigures(large, _METHOD_ID, 6, 5, false),
				new ResponseRateFigures(small, _METHOD_ID, 4, 0, true)),
			responseRateFigures);

		harness.resetStatementCount();

		List<FollowUpOutcomeFigures> followUpOutcomeFigures = _rows.read(
			() -> surveyFiguresLocalService.getFollowUpOutcomeFigures(_companyId, _FROM, _TO));

		assertEquals(1, harness.statementCount(), "every group in one statement");
		assertEquals(
			List.of(
				new FollowUpOutcomeFigures(large, _METHOD_ID, 10, false, 5, false),
				new FollowUpOutcomeFigures(small, _METHOD_ID, 0, true, 0, true)),
			followUpOutcomeFigures);
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private void _invitations(long organizationId, int sent, int answered) throws Exception {
		for (int i = 0; i < sent; i++) {
			int status = (i < answered) ? SurveyInvitationConstants.STATUS_ANSWERED :
				SurveyInvitationConstants.STATUS_SENT;

			_rows.surveyInvitation(
				surveyInvitation -> {
					surveyInvitation.setCompanyId(_companyId);

					// Fresh ids for its unique key (dispatch, registration)

					surveyInvitation.setSurveyDispatchId(_rows.newId());
					surveyInvitation.setRegistrationId(_rows.newId());
					surveyInvitation.setMethodId(_METHOD_ID);
					surveyInvitation.setOrganizationId(organizationId);
					surveyInvitation.setStatus(status);
					surveyInvitation.setSentDate(_date("2027-04-01T10:00:00Z"));
				});
		}
	}

	private void _response(long surveyId, long questionId, long organizationId, int answer) throws Exception {
		long responseId = _rows.surveyResponse(
			surveyResponse -> {
				surveyResponse.setCompanyId(_companyId);
				surveyResponse.setSurveyId(surveyId);
				surveyResponse.setMethodId(_METHOD_ID);
				surveyResponse.setOrganizationId(organizationId);
				surveyResponse.setResponseDay(_date("2027-05-02T00:00:00Z"));
			}
		).getSurveyResponseId();

		_rows.surveyAnswer(
			surveyAnswer -> {
				surveyAnswer.setCompanyId(_companyId);
				surveyAnswer.setSurveyResponseId(responseId);
				surveyAnswer.setSurveyQuestionId(questionId);
				surveyAnswer.setNumericValue(answer);
			});
	}

	private static final Date _FROM = _date("2026-12-31T23:00:00Z");

	private static final long _METHOD_ID = 4711;

	private static final Date _TO = _date("2027-12-31T23:00:00Z");

	private long _companyId;
	private final SurveyRows _rows = new SurveyRows(harness);

}
