package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One question's answers in one group (or in all groups together), after
 * suppression: a count per answer value, the respondents and the mean, each
 * absent where it is suppressed. A suppressed count is not kept anywhere in
 * this object.
 */
public class SurveyDistribution implements Serializable {

	/**
	 * @param counts      per value, -1 where suppressed
	 * @param respondents -1 where suppressed
	 * @param mean        NaN where not shown
	 */
	public SurveyDistribution(long[] counts, long respondents, double mean) {
		_counts = counts.clone();
		_respondents = respondents;
		_mean = mean;
	}

	public OptionalLong getCount(int valueIndex) {
		if (_counts[valueIndex] < 0) {
			return OptionalLong.empty();
		}

		return OptionalLong.of(_counts[valueIndex]);
	}

	/**
	 * The mean value for Likert (1–5) and yes/no (the share of yes); empty
	 * for choices and free text, and where any count of the row is
	 * suppressed, since the mean and the shown counts together would solve
	 * the suppressed ones.
	 */
	public OptionalDouble getMean() {
		if (Double.isNaN(_mean)) {
			return OptionalDouble.empty();
		}

		return OptionalDouble.of(_mean);
	}

	public OptionalLong getRespondents() {
		if (_respondents < 0) {
			return OptionalLong.empty();
		}

		return OptionalLong.of(_respondents);
	}

	public int getValueCount() {
		return _counts.length;
	}

	@Override
	public String toString() {
		return Arrays.toString(_counts) + " of " + _respondents + " mean " +
			_mean;
	}

	private static final long serialVersionUID = 1L;

	private final long[] _counts;
	private final double _mean;
	private final long _respondents;

}
