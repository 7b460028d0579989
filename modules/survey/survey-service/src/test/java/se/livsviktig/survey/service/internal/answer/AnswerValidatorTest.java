package se.livsviktig.survey.service.internal.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;

/**
 * Each rule a submission must meet, refused with its typed exception naming the question in its message and
 * carrying the question's id.
 *
 * @author Livsviktig
 */
public class AnswerValidatorTest {

	@Test
	public void aCompleteSubmissionBecomesOneRowPerValueInQuestionOrder()
		throws Exception {

		Map<Long, String[]> submitted = new HashMap<>();

		submitted.put(_FREE_TEXT, new String[] {"  Bra kurs  "});
		submitted.put(_MULTIPLE, new String[] {"2", "0"});
		submitted.put(_SINGLE, new String[] {"1"});
		submitted.put(_YES_NO, new String[] {"0"});
		submitted.put(_LIKERT, new String[] {"5"});

		assertEquals(
			Arrays.asList(
				AnswerValue.numeric(_LIKERT, 5),
				AnswerValue.numeric(_YES_NO, 0),
				AnswerValue.numeric(_SINGLE, 1),
				AnswerValue.numeric(_MULTIPLE, 2),
				AnswerValue.numeric(_MULTIPLE, 0),
				AnswerValue.text(_FREE_TEXT, "Bra kurs")),
			_validate(submitted));
	}

	@Test
	public void anAnswerToAQuestionNotInTheSurveyIsRefused() {
		Map<Long, String[]> submitted = _required();

		submitted.put(_OTHER_SURVEYS_QUESTION, new String[] {"3"});

		_assertRefused(
			SurveyAnswerException.class, _OTHER_SURVEYS_QUESTION,
			() -> _validate(submitted));
	}

	@Test
	public void aMissingRequiredAnswerIsRefused() {
		for (String[] nothing :
				new String[][] {null, {}, {""}, {"  ", null}}) {

			Map<Long, String[]> submitted = _required();

			submitted.put(_LIKERT, nothing);

			_assertRefused(
				SurveyRequiredAnswerException.class, _LIKERT,
				() -> _validate(submitted));
		}
	}

	@Test
	public void anOptionalQuestionMayBeLeftOut() throws Exception {
		assertEquals(
			List.of(AnswerValue.numeric(_LIKERT, 3)), _validate(_required()));
	}

	@Test
	public void aRequiredMultipleChoiceNeedsOneOption() throws Exception {
		List<AnswerableQuestion> questions = List.of(
			new AnswerableQuestion(
				_MULTIPLE, SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, true,
				3));

		_assertRefused(
			SurveyRequiredAnswerException.class, _MULTIPLE,
			() -> _validator.validate(questions, Map.of()));

		assertEquals(
			List.of(AnswerValue.numeric(_MULTIPLE, 2)),
			_validator.validate(
				questions, Map.of(_MULTIPLE, new String[] {"2"})));
	}

	@Test
	public void likertOutside1To5IsRefused() throws Exception {
		for (String value : new String[] {"0", "6", "-1", "+3", "3.0", "x"}) {
			Map<Long, String[]> submitted = _required();

			submitted.put(_LIKERT, new String[] {value});

			_assertRefused(
				SurveyAnswerException.class, _LIKERT,
				() -> _validate(submitted));
		}

		for (int value = 1; value <= 5; value++) {
			Map<Long, String[]> submitted = _required();

			submitted.put(_LIKERT, new String[] {String.valueOf(value)});

			assertEquals(
				List.of(AnswerValue.numeric(_LIKERT, value)),
				_validate(submitted));
		}
	}

	@Test
	public void yesNoIsZeroOrOne() throws Exception {
		for (String value : new String[] {"2", "-1", "yes"}) {
			Map<Long, String[]> submitted = _required();

			submitted.put(_YES_NO, new String[] {value});

			_assertRefused(
				SurveyAnswerException.class, _YES_NO,
				() -> _validate(submitted));
		}

		Map<Long, String[]> submitted = _required();

		submitted.put(_YES_NO, new String[] {"1"});

		assertTrue(_validate(submitted).contains(AnswerValue.numeric(_YES_NO, 1)));
	}

	@Test
	public void anOptionIndexOutOfRangeIsRefused() {
		for (long questionId : new long[] {_SINGLE, _MULTIPLE}) {
			for (String value : new String[] {"3", "-1", "99999999999"}) {
				Map<Long, String[]> submitted = _required();

				submitted.put(questionId, new String[] {value});

				_assertRefused(
					SurveyAnswerException.class, questionId,
					() -> _validate(submitted));
			}
		}
	}

	@Test
	public void twoValuesForASingleChoiceAreRefused() {
		Map<Long, String[]> submitted = _required();

		submitted.put(_SINGLE, new String[] {"0", "1"});

		_assertRefused(
			SurveyAnswerException.class, _SINGLE, () -> _validate(submitted));
	}

	@Test
	public void twoValuesForLikertAreRefused() {
		Map<Long, String[]> submitted = _required();

		submitted.put(_LIKERT, new String[] {"3", "4"});

		_assertRefused(
			SurveyAnswerException.class, _LIKERT, () -> _validate(submitted));
	}

	@Test
	public void aDuplicateChoiceIsRefused() {
		Map<Long, String[]> submitted = _required();

		submitted.put(_MULTIPLE, new String[] {"1", "1"});

		_assertRefused(
			SurveyAnswerException.class, _MULTIPLE,
			() -> _validate(submitted));
	}

	@Test
	public void freeTextOver4000CharactersAfterTrimmingIsRefused()
		throws Exception {

		Map<Long, String[]> submitted = _required();

		submitted.put(_FREE_TEXT, new String[] {"x".repeat(4001)});

		_assertRefused(
			SurveyFreeTextLengthException.class, _FREE_TEXT,
			() -> _validate(submitted));

		submitted.put(
			_FREE_TEXT, new String[] {"  " + "x".repeat(4000) + "\n\n"});

		assertEquals(
			AnswerValue.text(_FREE_TEXT, "x".repeat(4000)),
			_validate(
				submitted
			).get(
				1
			));
	}

	@Test
	public void emptyFreeTextIsNoAnswer() throws Exception {
		Map<Long, String[]> submitted = _required();

		submitted.put(_FREE_TEXT, new String[] {"   \n "});

		assertEquals(
			List.of(AnswerValue.numeric(_LIKERT, 3)), _validate(submitted));
	}

	private void _assertRefused(
		Class<? extends Exception> exceptionClass, long surveyQuestionId,
		Executable executable) {

		Exception exception = assertThrows(exceptionClass, executable);

		assertTrue(
			exception.getMessage(
			).startsWith(
				"Question " + surveyQuestionId + " "
			),
			exception.getMessage());

		long expectedQuestionId = surveyQuestionId;

		if (surveyQuestionId == _OTHER_SURVEYS_QUESTION) {

			// The answer page has no field for another survey's question: the refusal names none.

			expectedQuestionId = 0;
		}

		assertEquals(
			expectedQuestionId, _refusedQuestionId(exception),
			"the refusal carries the question's id for the answer page");
	}

	private static long _refusedQuestionId(Exception exception) {
		if (exception instanceof SurveyRequiredAnswerException) {
			return ((SurveyRequiredAnswerException)exception).
				getSurveyQuestionId();
		}

		if (exception instanceof SurveyFreeTextLengthException) {
			return ((SurveyFreeTextLengthException)exception).
				getSurveyQuestionId();
		}

		return ((SurveyAnswerException)exception).getSurveyQuestionId();
	}

	private Map<Long, String[]> _required() {
		Map<Long, String[]> submitted = new HashMap<>();

		submitted.put(_LIKERT, new String[] {"3"});

		return submitted;
	}

	private List<AnswerValue> _validate(Map<Long, String[]> submitted)
		throws Exception {

		return _validator.validate(_QUESTIONS, submitted);
	}

	private static final long _FREE_TEXT = 105;

	private static final long _LIKERT = 101;

	private static final long _MULTIPLE = 104;

	private static final long _OTHER_SURVEYS_QUESTION = 999;

	private static final List<AnswerableQuestion> _QUESTIONS = List.of(
		new AnswerableQuestion(
			_LIKERT, SurveyQuestionConstants.TYPE_LIKERT, true, 0),
		new AnswerableQuestion(
			102, SurveyQuestionConstants.TYPE_YES_NO, false, 0),
		new AnswerableQuestion(
			103, SurveyQuestionConstants.TYPE_SINGLE_CHOICE, false, 3),
		new AnswerableQuestion(
			_MULTIPLE, SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, false, 3),
		new AnswerableQuestion(
			_FREE_TEXT, SurveyQuestionConstants.TYPE_FREE_TEXT, false, 0));

	private static final long _SINGLE = 103;

	private static final long _YES_NO = 102;

	private final AnswerValidator _validator = new AnswerValidator();

}
