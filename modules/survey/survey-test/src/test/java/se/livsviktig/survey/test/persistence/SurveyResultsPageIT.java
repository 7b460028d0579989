package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;

import java.lang.reflect.Proxy;

import java.time.ZoneOffset;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.Mockito;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.internal.invitation.SentMonth;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyResultsLocalService;

/**
 * A results page through SurveyResultsLocalService on PostgreSQL, in real
 * transactions: by administration, three groups (12, 3 and 8 respondents),
 * the group of 3 suppressed and the group of 8 with it (it alone would give
 * the 3 away from the total), in four statements whatever the number of
 * questions and groups (the survey, its questions, the counts, the
 * respondents and invited); free text only from the group of 12.
 */
class SurveyResultsPageIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		SurveyCompanyConfiguration surveyCompanyConfiguration =
			(SurveyCompanyConfiguration)Proxy.newProxyInstance(
				SurveyCompanyConfiguration.class.getClassLoader(),
				new Class<?>[] {SurveyCompanyConfiguration.class},
				(proxy, method, arguments) -> 5);

		Mockito.when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				SurveyCompanyConfiguration.class, _COMPANY_ID
			)
		).thenReturn(
			surveyCompanyConfiguration
		);
	}

	@Test
	void aPageByAdministrationInFourStatementsWithSmallGroupsSuppressed()
		throws Exception {

		_populate();

		SurveyResultsLocalService surveyResultsLocalService = harness.get(
			SurveyResultsLocalService.class);

		SurveyResultsQuery query = new SurveyResultsQuery(
			0, 0, 0, 0, 0,
			Collections.singletonList(
				SurveyResultsQuery.GroupBy.ADMINISTRATION));

		harness.resetStatementCount();

		SurveyResults surveyResults =
			surveyResultsLocalService.getSurveyResults(_surveyId, query);

		assertEquals(
			4, harness.statementCount(),
			"the survey, its questions, the answer counts, the respondents " +
				"and invited");

		List<SurveyResultsGroup> groups = surveyResults.getGroups();

		assertEquals(3, groups.size());
		assertEquals(OptionalLong.of(12), groups.get(0).getRespondents());
		assertEquals(0.5, groups.get(0).getResponseRate().getAsDouble());
		assertFalse(groups.get(1).getRespondents().isPresent(), "3 < 5");
		assertFalse(
			groups.get(2).getRespondents().isPresent(),
			"8, or the total would give the 3 away");

		SurveyQuestionResults likert = surveyResults.getQuestionResults(
		).get(
			0
		);

		SurveyDistribution first = likert.getGroupDistributions(
		).get(
			0
		);

		assertEquals(OptionalLong.of(6), first.getCount(3));
		assertEquals(OptionalLong.of(6), first.getCount(4));
		assertEquals(OptionalLong.of(0), first.getCount(0));
		assertEquals(4.5, first.getMean().getAsDouble());

		SurveyDistribution second = likert.getGroupDistributions(
		).get(
			1
		);

		for (int i = 0; i < 5; i++) {
			assertFalse(
				second.getCount(i).isPresent() &&
				(second.getCount(i).getAsLong() > 0));
		}

		assertEquals(
			Arrays.asList("Bra", "Bra", "Lärorikt", "Trevligt", "Tydligt"),
			surveyResultsLocalService.getFreeTextAnswers(
				_surveyId, _freeTextId, query, null),
			"only the group of 12, in text order");
		assertEquals(
			Collections.emptyList(),
			surveyResultsLocalService.getFreeTextAnswers(
				_surveyId, _freeTextId, query, new long[] {_SESSION_2}),
			"the instructor of the small groups' session sees no text");
	}

	private void _answer(long surveyResponseId, long questionId, int value)
		throws Exception {

		_rows.surveyAnswer(
			answer -> {
				answer.setCompanyId(_COMPANY_ID);
				answer.setSurveyResponseId(surveyResponseId);
				answer.setSurveyQuestionId(questionId);
				answer.setNumericValue(value);
			});
	}

	private void _populate() throws Exception {
		_surveyId = _rows.survey(
			survey -> {
				survey.setCompanyId(_COMPANY_ID);
				survey.setGroupId(_GROUP_ID);
				survey.setAnonymous(true);
			}
		).getSurveyId();

		long likertId = _rows.surveyQuestion(
			question -> {
				question.setCompanyId(_COMPANY_ID);
				question.setSurveyId(_surveyId);
				question.setPosition(0);
				question.setQuestionType(SurveyQuestionConstants.TYPE_LIKERT);
			}
		).getSurveyQuestionId();

		_freeTextId = _rows.surveyQuestion(
			question -> {
				question.setCompanyId(_COMPANY_ID);
				question.setSurveyId(_surveyId);
				question.setPosition(1);
				question.setQuestionType(
					SurveyQuestionConstants.TYPE_FREE_TEXT);
			}
		).getSurveyQuestionId();

		List<String> texts = Arrays.asList(
			"Tydligt", "Bra", "Trevligt", "Lärorikt", "Bra");

		for (int i = 0; i < 23; i++) {
			long organizationId = (i < 12) ? _ELDERLY_CARE :
				(i < 15) ? _SOCIAL_SERVICES : _SCHOOLS;
			long courseSessionId = (i < 12) ? _SESSION_1 : _SESSION_2;

			long surveyResponseId = _rows.surveyResponse(
				response -> {
					response.setCompanyId(_COMPANY_ID);
					response.setGroupId(_GROUP_ID);
					response.setSurveyId(_surveyId);
					response.setMethodId(501);
					response.setCourseSessionId(courseSessionId);
					response.setOrganizationId(organizationId);
					response.setResponseMonth(202611);
					response.setResponseDay(new Date(0));
				}
			).getSurveyResponseId();

			_answer(surveyResponseId, likertId, (i % 2 == 0) ? 4 : 5);

			if ((i < 5) || (i == 12) || (i == 15)) {
				String text = (i < 5) ? texts.get(i) : "Hemligt " + i;

				_rows.surveyAnswer(
					answer -> {
						answer.setCompanyId(_COMPANY_ID);
						answer.setSurveyResponseId(surveyResponseId);
						answer.setSurveyQuestionId(_freeTextId);
						answer.setTextValue(text);
					});
			}
		}

		for (int i = 0; i < 24; i++) {
			_rows.surveyInvitation(
				invitation -> {
					invitation.setCompanyId(_COMPANY_ID);
					invitation.setSurveyId(_surveyId);
					invitation.setRegistrationId(_rows.newId());
					invitation.setMethodId(501);
					invitation.setCourseSessionId(_SESSION_1);
					invitation.setOrganizationId(_ELDERLY_CARE);
					invitation.setStatus(SurveyInvitationConstants.STATUS_SENT);
					invitation.setSentDate(new Date());
					invitation.setSentMonth(
						SentMonth.of(
							invitation.getSentDate(
							).toInstant(),
							ZoneOffset.UTC));
				});
		}
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _ELDERLY_CARE = 7001;

	private static final long _GROUP_ID = 20_121;

	private static final long _SCHOOLS = 7003;

	private static final long _SESSION_1 = 9001;

	private static final long _SESSION_2 = 9002;

	private static final long _SOCIAL_SERVICES = 7002;

	private long _freeTextId;
	private final SurveyRows _rows = new SurveyRows(harness);
	private long _surveyId;

}
