package se.livsviktig.survey.internal.question;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyQuestionLabelsException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyQuestionTypeException;
import se.livsviktig.survey.internal.text.Blank;

/**
 * What a question must have before it is saved, in the site's default language (what a participant without a
 * translation sees): a known type and a text; a Likert question the labels of both ends; a choice question 2 to 20
 * options, one per non-empty line. A translation of the options must have as many lines as the default language's,
 * since an answer stores the option's index: a translation with a line more or less would shift every answer.
 *
 * @author Livsviktig
 */
public class QuestionValidator {

	public static final int LABEL_MAX_LENGTH = 200;

	public static final int OPTION_MAX_LENGTH = 200;

	public static final int TEXT_MAX_LENGTH = 1000;

	public void validate(
			int questionType, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, Locale defaultLocale)
		throws SurveyQuestionLabelsException, SurveyQuestionOptionsException,
			   SurveyQuestionTextException, SurveyQuestionTypeException {

		if (!SurveyQuestionConstants.isType(questionType)) {
			throw new SurveyQuestionTypeException(
				"Unknown question type " + questionType);
		}

		if (!_hasText(textMap, defaultLocale) ||
			_longerThan(textMap, TEXT_MAX_LENGTH)) {

			throw new SurveyQuestionTextException(
				"A question needs a text of at most " + TEXT_MAX_LENGTH +
					" characters in " + defaultLocale);
		}

		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			_validateLabels(lowLabelMap, highLabelMap, defaultLocale);
		}

		if (SurveyQuestionConstants.isChoice(questionType)) {
			_validateOptions(optionsMap, defaultLocale);
		}
	}

	private boolean _hasText(Map<Locale, String> map, Locale locale) {
		if ((map == null) || Blank.isBlank(map.get(locale))) {
			return false;
		}

		return true;
	}

	private boolean _longerThan(Map<Locale, String> map, int maxLength) {
		for (String value : map.values()) {
			if ((value != null) && (value.trim().length() > maxLength)) {
				return true;
			}
		}

		return false;
	}

	private void _validateLabels(
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Locale defaultLocale)
		throws SurveyQuestionLabelsException {

		if (!_hasText(lowLabelMap, defaultLocale) ||
			!_hasText(highLabelMap, defaultLocale) ||
			_longerThan(lowLabelMap, LABEL_MAX_LENGTH) ||
			_longerThan(highLabelMap, LABEL_MAX_LENGTH)) {

			throw new SurveyQuestionLabelsException(
				"A Likert question needs labels of both ends, at most " +
					LABEL_MAX_LENGTH + " characters, in " + defaultLocale);
		}
	}

	private void _validateOptions(
			Map<Locale, String> optionsMap, Locale defaultLocale)
		throws SurveyQuestionOptionsException {

		if (!_hasText(optionsMap, defaultLocale)) {
			throw new SurveyQuestionOptionsException(
				"A choice question needs options in " + defaultLocale);
		}

		int count = _validOptionCount(optionsMap.get(defaultLocale));

		for (Map.Entry<Locale, String> entry : optionsMap.entrySet()) {
			if (Blank.isBlank(entry.getValue())) {
				continue;
			}

			if (_validOptionCount(entry.getValue()) != count) {
				throw new SurveyQuestionOptionsException(
					"The options in " + entry.getKey() + " must be as many " +
						"as in " + defaultLocale);
			}
		}
	}

	private int _validOptionCount(String options)
		throws SurveyQuestionOptionsException {

		List<String> lines = QuestionOptions.lines(options);

		if ((lines.size() < SurveyQuestionConstants.OPTIONS_MIN) ||
			(lines.size() > SurveyQuestionConstants.OPTIONS_MAX)) {

			throw new SurveyQuestionOptionsException(
				"A choice question has " + SurveyQuestionConstants.OPTIONS_MIN +
					" to " + SurveyQuestionConstants.OPTIONS_MAX +
						" options, not " + lines.size());
		}

		for (String line : lines) {
			if (line.isEmpty() || (line.length() > OPTION_MAX_LENGTH)) {
				throw new SurveyQuestionOptionsException(
					"Each option is one non-empty line of at most " +
						OPTION_MAX_LENGTH + " characters");
			}
		}

		return lines.size();
	}

}
