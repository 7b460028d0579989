package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * One invitation is answered once, however many submissions arrive at the same moment (a double click, the first
 * mail's and a reminder's link open in two tabs): exactly one response, the others refused as a used link, on real
 * PostgreSQL through the portal's transactions.
 *
 * @author Livsviktig
 */
class SameLinkAtOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		AnsweringFixture.stubCompany(harness);
	}

	@Test
	void theSameLinkSubmittedByTwoThreadsAtOnceGivesOneResponse()
		throws Exception {

		_assertOneResponse(2, false);
	}

	@Test
	void theFirstMailsAndTheRemindersLinksAtOnceGiveOneResponse()
		throws Exception {

		_assertOneResponse(4, true);
	}

	private void _assertOneResponse(int threads, boolean linkPerThread)
		throws Exception {

		AnsweringFixture fixture = new AnsweringFixture(harness);

		Survey survey = fixture.survey(true);

		SurveyInvitation surveyInvitation = fixture.invitation(
			fixture.surveyDispatch(
				survey.getSurveyId()
			).getSurveyDispatchId(),
			fixture.newId(), fixture.newId(), new Date());

		long surveyInvitationId = surveyInvitation.getSurveyInvitationId();

		String[] links = new String[threads];

		for (int i = 0; i < threads; i++) {
			links[i] =
				((i == 0) || linkPerThread) ? fixture.link(surveyInvitationId) :
					links[0];
		}

		Map<Long, String[]> answers = Map.of(
			fixture.questionIds(
				survey.getSurveyId()
			).get(
				0
			),
			new String[] {"4"});

		SurveyResponseLocalService surveyResponseLocalService = harness.get(
			SurveyResponseLocalService.class);

		List<Race.Outcome<Boolean>> outcomes = Race.run(
			threads,
			thread -> () -> {
				surveyResponseLocalService.addResponse(links[thread], answers);

				return true;
			});

		assertEquals(
			1, outcomes.stream().filter(Race.Outcome::succeeded).count(),
			outcomes.toString());
		assertTrue(
			outcomes.stream(
			).filter(
				outcome -> !outcome.succeeded()
			).allMatch(
				outcome -> outcome.failedWith(SurveyTokenException.class)
			),
			outcomes.toString());

		try (Connection connection = harness.database().connect()) {
			assertEquals(
				1,
				AnsweringFixture.rows(
					connection, "LVSurvey_SurveyResponse"
				).stream(
				).filter(
					row ->
						((Number)row.get("surveyid")).longValue() ==
							survey.getSurveyId()
				).count());
			assertEquals(
				0,
				AnsweringFixture.rows(
					connection, "LVSurvey_SurveyAccessToken"
				).stream(
				).filter(
					row ->
						((Number)row.get("surveyinvitationid")).longValue() ==
							surveyInvitationId
				).count());
			assertEquals(
				List.of((long)SurveyInvitationConstants.STATUS_ANSWERED),
				AnsweringFixture.rows(
					connection, "LVSurvey_SurveyInvitation"
				).stream(
				).filter(
					row ->
						((Number)row.get("surveyinvitationid")).longValue() ==
							surveyInvitationId
				).map(
					row -> ((Number)row.get("status")).longValue()
				).collect(
					java.util.stream.Collectors.toList()
				));
		}
	}

}
