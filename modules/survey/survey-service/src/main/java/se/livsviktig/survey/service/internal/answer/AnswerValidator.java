package se.livsviktig.survey.service.internal.answer;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;

/**
 * Turns the values a person submitted (question id → values, as a form posts them) into the answer rows to write,
 * or refuses the whole submission with the typed exception whose message names the question and which carries
 * the question's id (0 for an answer to a question not in the survey), so the answer page marks that field; nothing
 * is written from a form that was tampered with or left incomplete.
 *
 * <p>
 * Blank values count as no value (an unselected radio group posts nothing, a hidden default posts ""), and so
 * does free text that is blank after trimming.
 * </p>
 *
 * @author Livsviktig
 */
public class AnswerValidator {

	public List<AnswerValue> validate(
			List<AnswerableQuestion> answerableQuestions,
			Map<Long, String[]> submitted)
		throws PortalException {

		Map<Long, AnswerableQuestion> questions = new LinkedHashMap<>();

		for (AnswerableQuestion answerableQuestion : answerableQuestions) {
			questions.put(
				answerableQuestion.getSurveyQuestionId(), answerableQuestion);
		}

		if (submitted == null) {
			submitted = Map.of();
		}

		for (Long surveyQuestionId : submitted.keySet()) {
			if ((surveyQuestionId == null) ||
				!questions.containsKey(surveyQuestionId)) {

				throw new SurveyAnswerException(
					_question(surveyQuestionId) + " is not in this survey",
					_NO_QUESTION);
			}
		}

		List<AnswerValue> answerValues = new ArrayList<>();

		for (AnswerableQuestion question : questions.values()) {
			List<String> values = _nonBlank(
				submitted.get(question.getSurveyQuestionId()));

			if (values.isEmpty()) {
				if (question.isRequired()) {
					throw new SurveyRequiredAnswerException(
						_question(question.getSurveyQuestionId()) +
							" must be answered",
						question.getSurveyQuestionId());
				}

				continue;
			}

			_addAnswerValues(question, values, answerValues);
		}

		return answerValues;
	}

	private void _addAnswerValues(
			AnswerableQuestion question, List<String> values,
			List<AnswerValue> answerValues)
		throws PortalException {

		long surveyQuestionId = question.getSurveyQuestionId();
		int questionType = question.getQuestionType();

		if (questionType == SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE) {
			Set<Integer> chosen = new HashSet<>();

			for (String value : values) {
				int index = _optionIndex(question, value);

				if (!chosen.add(index)) {
					throw new SurveyAnswerException(
						_question(surveyQuestionId) + " has option " + index +
							" twice",
						surveyQuestionId);
				}

				answerValues.add(AnswerValue.numeric(surveyQuestionId, index));
			}

			return;
		}

		if (values.size() > 1) {
			throw new SurveyAnswerException(
				_question(surveyQuestionId) + " takes one value, not " +
					values.size(),
				surveyQuestionId);
		}

		String value = values.get(0);

		if (questionType == SurveyQuestionConstants.TYPE_FREE_TEXT) {
			if (value.length() > SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH) {
				throw new SurveyFreeTextLengthException(
					_question(surveyQuestionId) + " takes at most " +
						SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH +
							" characters",
					surveyQuestionId);
			}

			answerValues.add(AnswerValue.text(surveyQuestionId, value));
		}
		else if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			answerValues.add(
				AnswerValue.numeric(
					surveyQuestionId,
					_numberBetween(
						surveyQuestionId, value,
						SurveyQuestionConstants.LIKERT_MIN,
						SurveyQuestionConstants.LIKERT_MAX)));
		}
		else if (questionType == SurveyQuestionConstants.TYPE_YES_NO) {
			answerValues.add(
				AnswerValue.numeric(
					surveyQuestionId,
					_numberBetween(surveyQuestionId, value, _NO, _YES)));
		}
		else if (questionType == SurveyQuestionConstants.TYPE_SINGLE_CHOICE) {
			answerValues.add(
				AnswerValue.numeric(
					surveyQuestionId, _optionIndex(question, value)));
		}
		else {
			throw new SurveyAnswerException(
				_question(surveyQuestionId) + " has an unknown type " +
					questionType,
				surveyQuestionId);
		}
	}

	private List<String> _nonBlank(String[] values) {
		List<String> nonBlank = new ArrayList<>();

		if (values == null) {
			return nonBlank;
		}

		for (String value : values) {
			if (value == null) {
				continue;
			}

			String trimmed = value.trim();

			if (!trimmed.isEmpty()) {
				nonBlank.add(trimmed);
			}
		}

		return nonBlank;
	}

	private int _numberBetween(
			long surveyQuestionId, String value, int lowest, int highest)
		throws SurveyAnswerException {

		int number = _parseInt(surveyQuestionId, value);

		if ((number < lowest) || (number > highest)) {
			throw new SurveyAnswerException(
				_question(surveyQuestionId) + " takes " + lowest + " to " +
					highest + ", not " + number,
				surveyQuestionId);
		}

		return number;
	}

	private int _optionIndex(AnswerableQuestion question, String value)
		throws SurveyAnswerException {

		return _numberBetween(
			question.getSurveyQuestionId(), value, 0,
			question.getOptionCount() - 1);
	}

	private int _parseInt(long surveyQuestionId, String value)
		throws SurveyAnswerException {

		// ASCII digits only: Integer.parseInt would also take "+3" and other scripts' digits, and a value this long
		// cannot be in any range.

		if ((value.length() > 9) || !_isAsciiDigits(value)) {
			throw new SurveyAnswerException(
				_question(surveyQuestionId) + " takes a number",
				surveyQuestionId);
		}

		return Integer.parseInt(value);
	}

	private boolean _isAsciiDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);

			if ((c < '0') || (c > '9')) {
				return false;
			}
		}

		return true;
	}

	private String _question(Long surveyQuestionId) {
		return "Question " + surveyQuestionId;
	}

	private static final int _NO = 0;

	/**
	 * An answer to a question that is not in the survey names no field of the form.
	 */
	private static final long _NO_QUESTION = 0;

	private static final int _YES = 1;

}
