package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.service.internal.token.SurveyTokens;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * The bad-input suite of answering on real PostgreSQL: a tampered, reused, expired or closed link, an opted-out
 * invitation, an answer to another survey's question, a missing required answer, Likert 6 and 4,001 characters of
 * free text each end in their typed exception, and no LVSurvey_ table has changed by a single value.
 *
 * @author Livsviktig
 */
class BadAnswerWritesNothingIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		AnsweringFixture.stubCompany(harness);

		_fixture = new AnsweringFixture(harness);

		_survey = _fixture.survey(true);
		_surveyDispatchId = _fixture.surveyDispatch(
			_survey.getSurveyId()
		).getSurveyDispatchId();
		_questionIds = _fixture.questionIds(_survey.getSurveyId());
	}

	@Test
	void aTamperedLinkIsRefused() throws Exception {
		String link = _link();

		char last = link.charAt(link.length() - 1);

		String tampered =
			link.substring(0, link.length() - 1) + ((last == 'A') ? 'Q' : 'A');

		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer(tampered, _valid()));
		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer("not-a-link", _valid()));
	}

	@Test
	void aReusedLinkIsRefused() throws Exception {
		String link = _link();

		_answer(link, _valid());

		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer(link, _valid()));
	}

	@Test
	void anExpiredInvitationIsRefused() throws Exception {
		SurveyInvitation surveyInvitation = _invitation();

		String link = _fixture.link(surveyInvitation.getSurveyInvitationId());

		harness.runInTransaction(
			() -> {
				SurveyInvitationPersistence surveyInvitationPersistence =
					harness.get(SurveyInvitationPersistence.class);

				SurveyInvitation expired =
					surveyInvitationPersistence.findByPrimaryKey(
						surveyInvitation.getSurveyInvitationId());

				expired.setExpirationDate(
					new Date(System.currentTimeMillis() - 1000));

				surveyInvitationPersistence.update(expired);
			});

		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer(link, _valid()));
	}

	@Test
	void aClosedDispatchRefusesItsLinks() throws Exception {
		String link = _link();

		harness.runInTransaction(
			() -> {
				SurveyDispatchPersistence surveyDispatchPersistence =
					harness.get(SurveyDispatchPersistence.class);

				se.livsviktig.survey.model.SurveyDispatch surveyDispatch =
					surveyDispatchPersistence.findByPrimaryKey(
						_surveyDispatchId);

				surveyDispatch.setCloseDate(
					new Date(System.currentTimeMillis() - 1000));

				surveyDispatchPersistence.update(surveyDispatch);
			});

		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer(link, _valid()));
	}

	@Test
	void anOptedOutInvitationIsRefusedAndItsLinksAreGone() throws Exception {
		SurveyInvitation surveyInvitation = _invitation();

		String firstLink = _fixture.link(
			surveyInvitation.getSurveyInvitationId());
		String reminderLink = _fixture.link(
			surveyInvitation.getSurveyInvitationId());

		_responses().optOut(reminderLink);

		_assertNothingWritten(
			SurveyTokenException.class, () -> _answer(firstLink, _valid()));
		_assertNothingWritten(
			SurveyTokenException.class,
			() -> _responses().optOut(firstLink));
	}

	@Test
	void anAnswerToAnotherSurveysQuestionIsRefused() throws Exception {
		Survey otherSurvey = _fixture.survey(true);

		Map<Long, String[]> answers = _valid();

		answers.put(
			_fixture.questionIds(
				otherSurvey.getSurveyId()
			).get(
				0
			),
			new String[] {"3"});

		String link = _link();

		_assertNothingWritten(
			SurveyAnswerException.class, () -> _answer(link, answers));
	}

	@Test
	void aMissingRequiredAnswerIsRefused() throws Exception {
		Map<Long, String[]> answers = _valid();

		answers.remove(_questionIds.get(0));

		String link = _link();

		_assertNothingWritten(
			SurveyRequiredAnswerException.class, () -> _answer(link, answers));
	}

	@Test
	void likertSixIsRefused() throws Exception {
		Map<Long, String[]> answers = _valid();

		answers.put(_questionIds.get(0), new String[] {"6"});

		String link = _link();

		_assertNothingWritten(
			SurveyAnswerException.class, () -> _answer(link, answers));
	}

	@Test
	void freeTextOf4001CharactersIsRefused() throws Exception {
		Map<Long, String[]> answers = _valid();

		answers.put(_questionIds.get(4), new String[] {"x".repeat(4001)});

		String link = _link();

		_assertNothingWritten(
			SurveyFreeTextLengthException.class, () -> _answer(link, answers));

		// The limit itself is taken whole, so the column holds 4,000 characters

		answers.put(_questionIds.get(4), new String[] {"x".repeat(4000)});

		_answer(link, answers);
	}

	@Test
	void everyRefusedLinkGetsTheSameMessage() throws Exception {
		String link = _link();

		_answer(link, _valid());

		for (String refused :
				new String[] {link, "not-a-link", new SurveyTokens().newToken()}) {

			assertEquals(
				SurveyTokens.LINK_CLOSED_MESSAGE,
				assertThrows(
					SurveyTokenException.class,
					() -> _answer(refused, _valid())
				).getMessage());
		}
	}

	private void _answer(String link, Map<Long, String[]> answers)
		throws Exception {

		_responses().addResponse(link, answers);
	}

	private void _assertNothingWritten(
			Class<? extends Exception> exceptionClass, Executable executable)
		throws Exception {

		Map<String, List<String>> before = _fixture.snapshot();

		assertThrows(exceptionClass, executable);

		assertEquals(before, _fixture.snapshot());
	}

	private SurveyInvitation _invitation() throws Exception {
		return _fixture.invitation(
			_surveyDispatchId, _fixture.newId(), _fixture.newId(), new Date());
	}

	private String _link() throws Exception {
		return _fixture.link(
			_invitation().getSurveyInvitationId());
	}

	private SurveyResponseLocalService _responses() {
		return harness.get(SurveyResponseLocalService.class);
	}

	/**
	 * A complete, valid submission: every question answered.
	 */
	private Map<Long, String[]> _valid() {
		Map<Long, String[]> answers = new HashMap<>();

		answers.put(_questionIds.get(0), new String[] {"5"});
		answers.put(_questionIds.get(1), new String[] {"1"});
		answers.put(_questionIds.get(2), new String[] {"2"});
		answers.put(_questionIds.get(3), new String[] {"0", "1"});
		answers.put(_questionIds.get(4), new String[] {"Mycket bra"});

		return answers;
	}

	private AnsweringFixture _fixture;
	private List<Long> _questionIds;
	private Survey _survey;
	private long _surveyDispatchId;

}
