package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.survey.test.persistence.SurveyRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.model.SurveyAnswer;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * The SurveyResponse and SurveyAnswer finders of service.xml, on PostgreSQL: a survey's responses (locking,
 * deletion), a person's non-anonymous responses (personal data), a response's answers and a question's answers.
 *
 * @author Livsviktig
 */
class ResponseFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@FinderUnderTest(entity = "SurveyResponse", finder = "SurveyId")
	@Test
	void findBySurveyIdReturnsTheSurveysResponsesOnly() throws Exception {
		long surveyId = _rows.newId();

		SurveyResponse first = _response(_COMPANY_ID, surveyId, 0);
		SurveyResponse second = _response(_COMPANY_ID, surveyId, 0);

		_response(_COMPANY_ID, _rows.newId(), 0);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _responses().findBySurveyId(surveyId))));
		assertEquals(
			2, (int)_rows.read(() -> _responses().countBySurveyId(surveyId)));
	}

	@FinderUnderTest(entity = "SurveyResponse", finder = "C_U")
	@Test
	void findByC_UReturnsThePersonsResponsesInTheCompanyOnly()
		throws Exception {

		long companyId = _rows.newId();
		long userId = _rows.newId();

		SurveyResponse own = _response(companyId, _rows.newId(), userId);

		_response(companyId, _rows.newId(), _rows.newId());
		_response(_rows.newId(), _rows.newId(), userId);

		assertEquals(
			keys(own),
			keys(_rows.read(() -> _responses().findByC_U(companyId, userId))));
	}

	@FinderUnderTest(entity = "SurveyAnswer", finder = "SurveyResponseId")
	@Test
	void findBySurveyResponseIdReturnsTheResponsesAnswersOnly()
		throws Exception {

		long surveyResponseId = _rows.newId();

		SurveyAnswer first = _answer(surveyResponseId, _rows.newId());
		SurveyAnswer second = _answer(surveyResponseId, _rows.newId());

		_answer(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _answers().findBySurveyResponseId(
						surveyResponseId))));
	}

	@FinderUnderTest(entity = "SurveyAnswer", finder = "SurveyQuestionId")
	@Test
	void findBySurveyQuestionIdReturnsTheQuestionsAnswersOnly()
		throws Exception {

		long surveyQuestionId = _rows.newId();

		SurveyAnswer first = _answer(_rows.newId(), surveyQuestionId);
		SurveyAnswer second = _answer(_rows.newId(), surveyQuestionId);

		_answer(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _answers().findBySurveyQuestionId(
						surveyQuestionId))));
	}

	private SurveyAnswer _answer(long surveyResponseId, long surveyQuestionId)
		throws Exception {

		return _rows.surveyAnswer(
			answer -> {
				answer.setCompanyId(_COMPANY_ID);
				answer.setSurveyResponseId(surveyResponseId);
				answer.setSurveyQuestionId(surveyQuestionId);
				answer.setNumericValue(4);
			});
	}

	private static SurveyAnswerPersistence _answers() {
		return harness.get(SurveyAnswerPersistence.class);
	}

	private SurveyResponse _response(long companyId, long surveyId, long userId)
		throws Exception {

		return _rows.surveyResponse(
			response -> {
				response.setCompanyId(companyId);
				response.setSurveyId(surveyId);
				response.setUserId(userId);
			});
	}

	private static SurveyResponsePersistence _responses() {
		return harness.get(SurveyResponsePersistence.class);
	}

	private static final long _COMPANY_ID = 20097;

	private final SurveyRows _rows = new SurveyRows(harness);

}
