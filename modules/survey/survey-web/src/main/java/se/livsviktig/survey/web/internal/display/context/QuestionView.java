package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyQuestion;

/**
 * One question as the answer page shows it, in the reader's language: its text, whether it must be answered,
 * and its controls with what the person chose before a refusal. Likert is five radio buttons 1–5 whose ends
 * carry the question's labels; yes/no two radio buttons (yes 1, no 0); single choice radio buttons and multiple
 * choice checkboxes, valued by the option's 0-based line; free text a text area with its limit.
 *
 * @author Livsviktig
 */
public class QuestionView {

	public static final String FIELD_NAME_PREFIX = "answer";

	/**
	 * @param entered the values sent for this question before a refusal; empty on a fresh form
	 * @param fieldError the refusal at this question, or null
	 */
	public QuestionView(
		SurveyQuestion surveyQuestion, Locale locale, String[] entered,
		FieldError fieldError) {

		_surveyQuestion = surveyQuestion;
		_locale = locale;
		_entered = (entered == null) ? new String[0] : entered;
		_fieldError = fieldError;
	}

	/**
	 * The controls of a Likert, yes/no, single or multiple choice question; empty for free text.
	 */
	public List<Choice> getChoices() {
		Set<String> chosen = Set.of(_entered);

		int questionType = _surveyQuestion.getQuestionType();

		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			List<Choice> choices = new ArrayList<>();

			for (int value = 1; value <= 5; value++) {
				String label = String.valueOf(value);

				if ((value == 1) && Validator.isNotNull(getLowLabel())) {
					label = label + " – " + getLowLabel();
				}
				else if ((value == 5) && Validator.isNotNull(getHighLabel())) {
					label = label + " – " + getHighLabel();
				}

				choices.add(
					Choice.ofText(
						String.valueOf(value), label,
						chosen.contains(String.valueOf(value))));
			}

			return choices;
		}

		if (questionType == SurveyQuestionConstants.TYPE_YES_NO) {
			return List.of(
				Choice.ofKey("1", "yes", chosen.contains("1")),
				Choice.ofKey("0", "no", chosen.contains("0")));
		}

		if ((questionType == SurveyQuestionConstants.TYPE_SINGLE_CHOICE) ||
			(questionType == SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE)) {

			List<Choice> choices = new ArrayList<>();

			List<String> options = getOptionLines(
				_surveyQuestion.getOptions(_locale));

			for (int i = 0; i < options.size(); i++) {
				choices.add(
					Choice.ofText(
						String.valueOf(i), options.get(i),
						chosen.contains(String.valueOf(i))));
			}

			return choices;
		}

		return Collections.emptyList();
	}

	/**
	 * The name the answers are sent under (without the portlet namespace); the first control's id, which the error
	 * summary links to, is the same.
	 */
	public String getFieldName() {
		return FIELD_NAME_PREFIX + _surveyQuestion.getSurveyQuestionId();
	}

	public FieldError getFieldError() {
		return _fieldError;
	}

	public String getFreeText() {
		if (_entered.length == 0) {
			return "";
		}

		return _entered[0];
	}

	public int getFreeTextMaxLength() {
		return SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH;
	}

	public String getHighLabel() {
		return _surveyQuestion.getHighLabel(_locale);
	}

	/**
	 * @return the id of the i-th control (without the namespace): the first is the field name itself
	 */
	public String getInputId(int index) {
		if (index == 0) {
			return getFieldName();
		}

		return getFieldName() + "_" + index;
	}

	public String getLowLabel() {
		return _surveyQuestion.getLowLabel(_locale);
	}

	/**
	 * The choices of a single or multiple choice question, one per line; an answer is the 0-based line, so blank
	 * lines count as none and the rest keep their order.
	 */
	public static List<String> getOptionLines(String options) {
		List<String> lines = new ArrayList<>();

		for (String line : StringUtil.splitLines(options)) {
			if (Validator.isNotNull(line.trim())) {
				lines.add(line.trim());
			}
		}

		return lines;
	}

	public long getSurveyQuestionId() {
		return _surveyQuestion.getSurveyQuestionId();
	}

	public String getText() {
		return _surveyQuestion.getText(_locale);
	}

	public boolean isFreeText() {
		return _surveyQuestion.getQuestionType() ==
			SurveyQuestionConstants.TYPE_FREE_TEXT;
	}

	public boolean isMultipleChoice() {
		return _surveyQuestion.getQuestionType() ==
			SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE;
	}

	public boolean isRequired() {
		return _surveyQuestion.isRequired();
	}

	private final String[] _entered;
	private final FieldError _fieldError;
	private final Locale _locale;
	private final SurveyQuestion _surveyQuestion;

}
