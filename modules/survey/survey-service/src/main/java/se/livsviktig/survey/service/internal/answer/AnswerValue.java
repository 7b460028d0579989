package se.livsviktig.survey.service.internal.answer;

import java.util.Objects;

/**
 * One answer row to write: a Likert value, yes (1) / no (0), a chosen option's index, or a free text. A multiple
 * choice answer is one value per chosen option.
 *
 * @author Livsviktig
 */
public final class AnswerValue {

	public static AnswerValue numeric(long surveyQuestionId, int numericValue) {
		return new AnswerValue(surveyQuestionId, numericValue, null);
	}

	public static AnswerValue text(long surveyQuestionId, String textValue) {
		return new AnswerValue(surveyQuestionId, 0, textValue);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AnswerValue)) {
			return false;
		}

		AnswerValue answerValue = (AnswerValue)object;

		if ((_surveyQuestionId == answerValue._surveyQuestionId) &&
			(_numericValue == answerValue._numericValue) &&
			Objects.equals(_textValue, answerValue._textValue)) {

			return true;
		}

		return false;
	}

	public int getNumericValue() {
		return _numericValue;
	}

	public long getSurveyQuestionId() {
		return _surveyQuestionId;
	}

	/**
	 * The trimmed free text, or {@code null} for the other types.
	 */
	public String getTextValue() {
		return _textValue;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_surveyQuestionId, _numericValue, _textValue);
	}

	@Override
	public String toString() {
		return "AnswerValue{" + _surveyQuestionId + ", " + _numericValue +
			", " + _textValue + "}";
	}

	private AnswerValue(
		long surveyQuestionId, int numericValue, String textValue) {

		_surveyQuestionId = surveyQuestionId;
		_numericValue = numericValue;
		_textValue = textValue;
	}

	private final int _numericValue;
	private final long _surveyQuestionId;
	private final String _textValue;

}
