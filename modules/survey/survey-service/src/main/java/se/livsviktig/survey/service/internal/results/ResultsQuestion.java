package se.livsviktig.survey.service.internal.results;

/**
 * A question as the results count it: its answer values in display order,
 * whether a group's counts add up to its respondents (not for multiple
 * choice, where one respondent chooses several options), whether it has a
 * mean (Likert, yes/no) and whether it is free text (no counts, only
 * respondents).
 */
public class ResultsQuestion {

	public ResultsQuestion(
		long surveyQuestionId, int questionType, int[] values,
		boolean rowsAdditive, boolean hasMean) {

		_surveyQuestionId = surveyQuestionId;
		_questionType = questionType;
		_values = values.clone();
		_rowsAdditive = rowsAdditive;
		_hasMean = hasMean;
	}

	public int getQuestionType() {
		return _questionType;
	}

	public long getSurveyQuestionId() {
		return _surveyQuestionId;
	}

	public int getValueIndex(int value) {
		for (int i = 0; i < _values.length; i++) {
			if (_values[i] == value) {
				return i;
			}
		}

		return -1;
	}

	public int[] getValues() {
		return _values.clone();
	}

	public boolean hasMean() {
		return _hasMean;
	}

	/**
	 * Free text has no values to count, only respondents.
	 */
	public boolean isFreeText() {
		return _values.length == 0;
	}

	public boolean isRowsAdditive() {
		return _rowsAdditive;
	}

	private final boolean _hasMean;
	private final int _questionType;
	private final boolean _rowsAdditive;
	private final long _surveyQuestionId;
	private final int[] _values;

}
