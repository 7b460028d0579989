package se.livsviktig.survey.web.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResultsGroup;

/**
 * The results page's words from the survey's questions and the names of the
 * methods, sessions and administrations a group stands for; the name
 * look-ups are passed in so this class stays free of services.
 */
public class SurveyResultsLabels implements ResultsLabels {

	public SurveyResultsLabels(
		Locale locale, ResourceBundle resourceBundle,
		Map<Long, SurveyQuestion> surveyQuestions,
		LongFunction<String> methodNames, LongFunction<String> sessionNames,
		LongFunction<String> organizationNames) {

		_locale = locale;
		_resourceBundle = resourceBundle;
		_surveyQuestions = surveyQuestions;
		_methodNames = methodNames;
		_sessionNames = sessionNames;
		_organizationNames = organizationNames;
	}

	@Override
	public String group(SurveyResultsGroup group) {
		List<String> parts = new ArrayList<>();

		if (group.getOrganizationId() > 0) {
			parts.add(_organizationNames.apply(group.getOrganizationId()));
		}

		if (group.getMethodId() > 0) {
			parts.add(_methodNames.apply(group.getMethodId()));
		}

		if (group.getCourseSessionId() > 0) {
			parts.add(_sessionNames.apply(group.getCourseSessionId()));
		}

		int period = group.getPeriod();

		if (period >= 100000) {
			parts.add(String.format("%d-%02d", period / 100, period % 100));
		}
		else if (period > 0) {

			// yyyyQ: the quarter is the last digit

			parts.add(
				(period / 10) + " " + _resourceBundle.getString("quarter-short") +
					" " + (period % 10));
		}

		if (parts.isEmpty()) {
			return total();
		}

		return String.join(", ", parts);
	}

	@Override
	public String question(SurveyQuestionResults questionResults) {
		SurveyQuestion surveyQuestion = _surveyQuestions.get(
			questionResults.getSurveyQuestionId());

		if (surveyQuestion == null) {
			return String.valueOf(questionResults.getSurveyQuestionId());
		}

		return surveyQuestion.getText(_locale);
	}

	@Override
	public String total() {
		return _resourceBundle.getString("all-groups");
	}

	@Override
	public String value(SurveyQuestionResults questionResults, int valueIndex) {
		int value = questionResults.getValues()[valueIndex];

		int questionType = questionResults.getQuestionType();

		if (questionType == SurveyQuestionConstants.TYPE_YES_NO) {
			return _resourceBundle.getString((value == 1) ? "yes" : "no");
		}

		SurveyQuestion surveyQuestion = _surveyQuestions.get(
			questionResults.getSurveyQuestionId());

		if (surveyQuestion == null) {
			return String.valueOf(value);
		}

		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			if (value == 1) {
				return value + " " + surveyQuestion.getLowLabel(_locale);
			}

			if (value == 5) {
				return value + " " + surveyQuestion.getHighLabel(_locale);
			}

			return String.valueOf(value);
		}

		String[] options = surveyQuestion.getOptions(
			_locale
		).split(
			"\r?\n"
		);

		if ((value >= 0) && (value < options.length)) {
			return options[value].trim();
		}

		return String.valueOf(value);
	}

	private final Locale _locale;
	private final LongFunction<String> _methodNames;
	private final LongFunction<String> _organizationNames;
	private final ResourceBundle _resourceBundle;
	private final LongFunction<String> _sessionNames;
	private final Map<Long, SurveyQuestion> _surveyQuestions;

}
