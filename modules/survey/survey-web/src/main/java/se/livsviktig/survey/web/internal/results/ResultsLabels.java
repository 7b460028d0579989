package se.livsviktig.survey.web.internal.results;

import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResultsGroup;

/**
 * The words of a results page in the reader's language: the display context
 * knows the questions, methods, sessions and administrations; the chart and
 * the CSV only ask.
 */
public interface ResultsLabels {

	/**
	 * "Umeå kommun, MHFA Vuxen, 2026 kv 1", from the dimensions the query
	 * groups by.
	 */
	public String group(SurveyResultsGroup group);

	public String question(SurveyQuestionResults questionResults);

	/**
	 * "All groups", the label of the totals.
	 */
	public String total();

	/**
	 * The answer value's label: a Likert point with its end labels, yes or
	 * no, the option's text.
	 */
	public String value(SurveyQuestionResults questionResults, int valueIndex);

}
