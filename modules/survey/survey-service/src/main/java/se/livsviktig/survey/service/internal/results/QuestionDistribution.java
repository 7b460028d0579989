package se.livsviktig.survey.service.internal.results;

import java.util.OptionalDouble;

/**
 * One question's answers in one group, as counted by the database and
 * before suppression: a count per answer value, the respondents, and the
 * mean for questions that have one (Likert 1–5; yes/no, where it is the
 * share of yes). Never leaves the service: {@link SurveyResultsAssembler}
 * turns it into what may be shown.
 */
public class QuestionDistribution {

	public QuestionDistribution(ResultsQuestion question) {
		_question = question;
		_counts = new long[question.getValues().length];
	}

	/**
	 * @throws IllegalArgumentException for a value the question does not
	 *         have: answers are checked when given, so such a row is a fault
	 *         to see, not to count somewhere
	 */
	public void addCount(int value, long count) {
		int index = _question.getValueIndex(value);

		if (index < 0) {
			throw new IllegalArgumentException(
				"Question " + _question.getSurveyQuestionId() +
					" has no value " + value);
		}

		_counts[index] += count;

		if (_question.isRowsAdditive()) {
			_respondents += count;
		}
	}

	public long getCount(int valueIndex) {
		return _counts[valueIndex];
	}

	public long[] getCounts() {
		return _counts.clone();
	}

	public OptionalDouble getMean() {
		if (!_question.hasMean()) {
			return OptionalDouble.empty();
		}

		int[] values = _question.getValues();

		long answers = 0;
		long sum = 0;

		for (int i = 0; i < values.length; i++) {
			answers += _counts[i];
			sum += values[i] * _counts[i];
		}

		if (answers == 0) {
			return OptionalDouble.empty();
		}

		return OptionalDouble.of((double)sum / answers);
	}

	public ResultsQuestion getQuestion() {
		return _question;
	}

	public long getRespondents() {
		return _respondents;
	}

	/**
	 * For questions whose counts do not add up to the respondents (multiple
	 * choice, free text): the distinct responses that answered it.
	 */
	public void setRespondents(long respondents) {
		if (_question.isRowsAdditive()) {
			throw new IllegalStateException(
				"The respondents of question " +
					_question.getSurveyQuestionId() + " are its counts' sum");
		}

		_respondents = respondents;
	}

	private final long[] _counts;
	private final ResultsQuestion _question;
	private long _respondents;

}
