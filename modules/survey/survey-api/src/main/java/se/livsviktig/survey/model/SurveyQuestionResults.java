package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One question's results: the answer values in display order (Likert 1–5,
 * yes and no, the option indexes), a distribution per group in the order of
 * {@link SurveyResults#getGroups()}, and the total over all groups.
 */
public class SurveyQuestionResults implements Serializable {

	public SurveyQuestionResults(
		long surveyQuestionId, int questionType, int[] values,
		List<SurveyDistribution> groupDistributions,
		SurveyDistribution total) {

		_surveyQuestionId = surveyQuestionId;
		_questionType = questionType;
		_values = values.clone();
		_groupDistributions = Collections.unmodifiableList(
			new ArrayList<>(groupDistributions));
		_total = total;
	}

	public List<SurveyDistribution> getGroupDistributions() {
		return _groupDistributions;
	}

	public int getQuestionType() {
		return _questionType;
	}

	public long getSurveyQuestionId() {
		return _surveyQuestionId;
	}

	public SurveyDistribution getTotal() {
		return _total;
	}

	public int[] getValues() {
		return _values.clone();
	}

	private static final long serialVersionUID = 1L;

	private final List<SurveyDistribution> _groupDistributions;
	private final int _questionType;
	private final long _surveyQuestionId;
	private final SurveyDistribution _total;
	private final int[] _values;

}
