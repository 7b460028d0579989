package se.livsviktig.survey.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the answer page shows: the survey and its questions in order. Deliberately neither the invitation nor the
 * person, so a page built from it cannot leak who is answering into the markup, a log or a cache.
 *
 * @author Livsviktig
 */
public final class SurveyAnswerForm {

	public SurveyAnswerForm(Survey survey, List<SurveyQuestion> questions) {
		_survey = survey;
		_questions = Collections.unmodifiableList(new ArrayList<>(questions));
	}

	/**
	 * @return the questions ordered by position
	 */
	public List<SurveyQuestion> getQuestions() {
		return _questions;
	}

	public Survey getSurvey() {
		return _survey;
	}

	private final List<SurveyQuestion> _questions;
	private final Survey _survey;

}
