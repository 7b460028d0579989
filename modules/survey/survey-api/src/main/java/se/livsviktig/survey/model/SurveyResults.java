package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * A survey's results for one query, after suppression: the groups with
 * their respondents and response rates, and per question (free text left
 * out: see the free-text answers) the distributions. Nothing here holds a
 * suppressed count.
 */
public class SurveyResults implements Serializable {

	public SurveyResults(
		long surveyId, SurveyResultsQuery query, int minimumRespondents,
		List<SurveyResultsGroup> groups, long totalRespondents,
		long totalInvited, List<SurveyQuestionResults> questionResults) {

		_surveyId = surveyId;
		_query = query;
		_minimumRespondents = minimumRespondents;
		_groups = Collections.unmodifiableList(new ArrayList<>(groups));
		_totalRespondents = totalRespondents;
		_totalInvited = totalInvited;
		_questionResults = Collections.unmodifiableList(
			new ArrayList<>(questionResults));
	}

	public List<SurveyResultsGroup> getGroups() {
		return _groups;
	}

	public int getMinimumRespondents() {
		return _minimumRespondents;
	}

	public SurveyResultsQuery getQuery() {
		return _query;
	}

	public List<SurveyQuestionResults> getQuestionResults() {
		return _questionResults;
	}

	public long getSurveyId() {
		return _surveyId;
	}

	public long getTotalInvited() {
		return _totalInvited;
	}

	/**
	 * All groups' respondents together; empty where suppressed (-1 given).
	 */
	public OptionalLong getTotalRespondents() {
		if (_totalRespondents < 0) {
			return OptionalLong.empty();
		}

		return OptionalLong.of(_totalRespondents);
	}

	private static final long serialVersionUID = 1L;

	private final List<SurveyResultsGroup> _groups;
	private final int _minimumRespondents;
	private final List<SurveyQuestionResults> _questionResults;
	private final SurveyResultsQuery _query;
	private final long _surveyId;
	private final long _totalInvited;
	private final long _totalRespondents;

}
