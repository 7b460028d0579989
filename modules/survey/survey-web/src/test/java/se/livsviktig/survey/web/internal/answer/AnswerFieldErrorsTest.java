package se.livsviktig.survey.web.internal.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.display.context.FieldError;
import se.livsviktig.survey.web.internal.display.context.SurveyQuestions;

/**
 * A refused response is explained at the questions at fault, in the order of the form, so the error summary links
 * to each; what the page cannot place is said once above the form.
 *
 * @author Livsviktig
 */
public class AnswerFieldErrorsTest {

	@Test
	public void theRequiredQuestionRefusedAndTheOthersLeftEmptyAreMarked() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			new SurveyRequiredAnswerException("Question 21 must be answered", 21),
			_QUESTIONS, Map.of(22L, new String[] {"1"}));

		assertEquals(List.of("answer21", "answer23"), _fieldNames(fieldErrors));
		assertEquals("answer-this-question", fieldErrors.get(0).getMessageKey());
	}

	@Test
	public void theRequiredQuestionTheServiceNamesIsMarkedWhateverWasSent() {

		// A blank answer was sent for 23: the page cannot tell from it that 23 is at fault, the refusal can.

		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			new SurveyRequiredAnswerException("Question 23 must be answered", 23),
			_QUESTIONS,
			Map.of(
				21L, new String[] {"4"}, 22L, new String[] {"1"}, 23L,
				new String[] {" "}));

		assertEquals(List.of("answer23"), _fieldNames(fieldErrors));
	}

	@Test
	public void theFreeTextRefusedIsMarkedWithTheLimit() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			new SurveyFreeTextLengthException("Question 24 is too long", 24),
			_QUESTIONS,
			Map.of(
				21L, new String[] {"4"}, 23L, new String[] {"Bra"}, 24L,
				new String[] {"kort nog här, för långt efter tjänstens trim"}));

		assertEquals(List.of("answer24"), _fieldNames(fieldErrors));
		assertArrayEquals(
			new Object[] {SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH},
			fieldErrors.get(0).getArguments());
	}

	@Test
	public void anAnswerThatDoesNotFitMarksItsQuestion() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			new SurveyAnswerException("Question 21 takes 1 to 5, not 9", 21),
			_QUESTIONS,
			Map.of(21L, new String[] {"9"}, 22L, new String[] {"7"}));

		assertEquals(List.of("answer21"), _fieldNames(fieldErrors));
		assertEquals(
			AnswerFieldErrors.ANSWER_DOES_NOT_FIT_KEY,
			fieldErrors.get(0).getMessageKey());
	}

	@Test
	public void anAnswerToAnotherSurveysQuestionIsSaidAboveTheForm() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			new SurveyAnswerException("Question 999 is not in this survey", 0),
			_QUESTIONS, Map.of(21L, new String[] {"4"}));

		assertEquals(1, fieldErrors.size());
		assertNull(fieldErrors.get(0).getFieldName());
		assertEquals(
			"an-answer-does-not-fit-its-question-check-your-answers",
			fieldErrors.get(0).getMessageKey());
	}

	@Test
	public void aRefusalKeptOnlyByItsClassNameIsSaidAboveTheForm() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			SurveyRequiredAnswerException.class.getName(), _QUESTIONS,
			Map.of());

		assertEquals(1, fieldErrors.size());
		assertNull(fieldErrors.get(0).getFieldName());
		assertEquals("answer-this-question", fieldErrors.get(0).getMessageKey());
	}

	@Test
	public void aFreshFormHasNoErrors() {
		assertEquals(List.of(), AnswerFieldErrors.of(null, _QUESTIONS, Map.of()));
	}

	private static List<String> _fieldNames(List<FieldError> fieldErrors) {
		return fieldErrors.stream(
		).map(
			FieldError::getFieldName
		).collect(
			Collectors.toList()
		);
	}

	private static final List<SurveyQuestion> _QUESTIONS = List.of(
		SurveyQuestions.question(
			21, SurveyQuestionConstants.TYPE_LIKERT, "Nytta", true),
		SurveyQuestions.question(
			22, SurveyQuestionConstants.TYPE_YES_NO, "Använt?", true),
		SurveyQuestions.question(
			23, SurveyQuestionConstants.TYPE_SINGLE_CHOICE, "Var?", true),
		SurveyQuestions.question(
			24, SurveyQuestionConstants.TYPE_FREE_TEXT, "Övrigt", false));

}
