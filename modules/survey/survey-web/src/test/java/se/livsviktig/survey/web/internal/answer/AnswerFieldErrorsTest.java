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
	public void eachRequiredQuestionLeftEmptyIsMarked() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			SurveyRequiredAnswerException.class, _QUESTIONS,
			Map.of(22L, new String[] {"1"}));

		assertEquals(List.of("answer21", "answer23"), _fieldNames(fieldErrors));
		assertEquals("answer-this-question", fieldErrors.get(0).getMessageKey());
	}

	@Test
	public void aFreeTextOverTheLimitIsMarkedWithTheLimit() {
		String tooLong = "x".repeat(
			SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH + 1);

		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			SurveyFreeTextLengthException.class, _QUESTIONS,
			Map.of(
				21L, new String[] {"4"}, 23L, new String[] {"Bra"}, 24L,
				new String[] {tooLong}));

		assertEquals(List.of("answer24"), _fieldNames(fieldErrors));
		assertArrayEquals(
			new Object[] {SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH},
			fieldErrors.get(0).getArguments());
	}

	@Test
	public void anAnswerThatFitsNoQuestionIsSaidAboveTheForm() {
		List<FieldError> fieldErrors = AnswerFieldErrors.of(
			SurveyAnswerException.class, _QUESTIONS,
			Map.of(21L, new String[] {"9"}));

		assertEquals(1, fieldErrors.size());
		assertNull(fieldErrors.get(0).getFieldName());
		assertEquals(
			"an-answer-does-not-fit-its-question-check-your-answers",
			fieldErrors.get(0).getMessageKey());
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
