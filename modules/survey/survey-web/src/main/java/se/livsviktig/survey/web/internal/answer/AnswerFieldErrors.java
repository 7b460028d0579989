package se.livsviktig.survey.web.internal.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.display.context.FieldError;
import se.livsviktig.survey.web.internal.display.context.QuestionView;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * Where the response service's refusal is shown: it refused the whole response, so the page finds the questions
 * at fault in what was sent (each required one left empty; each free text over the limit) and marks each, in the
 * order of the form. An answer that does not fit its question (only a tampered form sends one) and a refusal the
 * page cannot place are said once above the form.
 *
 * @author Livsviktig
 */
public class AnswerFieldErrors {

	/**
	 * The refusals the answer page explains and keeps the answers for.
	 */
	public static final List<Class<?>> ANSWER_ERRORS = List.of(
		SurveyRequiredAnswerException.class,
		SurveyFreeTextLengthException.class, SurveyAnswerException.class);

	/**
	 * @param refusal the refusal's class, or null for a fresh form
	 * @param entered the answers sent, as {@link SubmittedAnswers} reads them
	 */
	public static List<FieldError> of(
		Class<?> refusal, List<SurveyQuestion> surveyQuestions,
		Map<Long, String[]> entered) {

		List<FieldError> fieldErrors = new ArrayList<>();

		if (refusal == null) {
			return fieldErrors;
		}

		String errorKey = SurveyErrorKeys.getErrorKey(refusal);

		for (SurveyQuestion surveyQuestion : surveyQuestions) {
			String fieldName =
				QuestionView.FIELD_NAME_PREFIX +
					surveyQuestion.getSurveyQuestionId();
			String[] values = entered.get(
				surveyQuestion.getSurveyQuestionId());

			if (refusal.equals(SurveyRequiredAnswerException.class) &&
				surveyQuestion.isRequired() && (values == null)) {

				fieldErrors.add(new FieldError(fieldName, errorKey));
			}
			else if (refusal.equals(SurveyFreeTextLengthException.class) &&
					 (surveyQuestion.getQuestionType() ==
						 SurveyQuestionConstants.TYPE_FREE_TEXT) &&
					 (values != null) &&
					 (values[0].length() >
						 SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH)) {

				fieldErrors.add(
					new FieldError(
						fieldName, errorKey,
						SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH));
			}
		}

		if (fieldErrors.isEmpty()) {
			fieldErrors.add(
				new FieldError(
					null, errorKey,
					SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH));
		}

		return fieldErrors;
	}

	private AnswerFieldErrors() {
	}

}
