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
 * Where the response service's refusal is shown. The refusal carries the id of the question it is about
 * (SurveyAnswerException and its kin, see AnswerValidator), so the page marks exactly that question, with the
 * refusal's own words: "answer this question", the free text's limit, or that the answer does not fit the
 * question (only a tampered form sends one). The service stops at the first required question left empty, so the
 * other required questions left empty are marked too, in the order of the form, and the person fixes them in one
 * go. A refusal that names no question of the form (an answer to another survey's question, or a refusal without
 * an id) is said once above the form.
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
	 * The key beside a question whose answer does not fit it; above the form the refusal's own key says it.
	 */
	public static final String ANSWER_DOES_NOT_FIT_KEY =
		"this-answer-does-not-fit-the-question-choose-again";

	/**
	 * @param refusal the refusal as the action stored it (the exception, or only its class name), or null for a
	 *        fresh form
	 * @param entered the answers sent, as {@link SubmittedAnswers} reads them
	 */
	public static List<FieldError> of(
		Object refusal, List<SurveyQuestion> surveyQuestions,
		Map<Long, String[]> entered) {

		List<FieldError> fieldErrors = new ArrayList<>();

		Class<?> refusalClass = _refusalClass(refusal);

		if (refusalClass == null) {
			return fieldErrors;
		}

		String errorKey = SurveyErrorKeys.getErrorKey(refusalClass);
		long refusedQuestionId = refusedQuestionId(refusal);

		for (SurveyQuestion surveyQuestion : surveyQuestions) {
			long surveyQuestionId = surveyQuestion.getSurveyQuestionId();

			String fieldName = QuestionView.FIELD_NAME_PREFIX + surveyQuestionId;

			if (surveyQuestionId == refusedQuestionId) {
				fieldErrors.add(
					_fieldError(refusalClass, fieldName, errorKey));
			}
			else if (refusalClass.equals(
						SurveyRequiredAnswerException.class) &&
					 (refusedQuestionId > 0) && surveyQuestion.isRequired() &&
					 (entered.get(surveyQuestionId) == null)) {

				fieldErrors.add(new FieldError(fieldName, errorKey));
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

	/**
	 * @return the id of the question the refusal names, or 0 when it names none
	 */
	public static long refusedQuestionId(Object refusal) {
		if (refusal instanceof SurveyRequiredAnswerException) {
			return ((SurveyRequiredAnswerException)refusal).
				getSurveyQuestionId();
		}

		if (refusal instanceof SurveyFreeTextLengthException) {
			return ((SurveyFreeTextLengthException)refusal).
				getSurveyQuestionId();
		}

		if (refusal instanceof SurveyAnswerException) {
			return ((SurveyAnswerException)refusal).getSurveyQuestionId();
		}

		return 0;
	}

	private static FieldError _fieldError(
		Class<?> refusalClass, String fieldName, String errorKey) {

		if (refusalClass.equals(SurveyFreeTextLengthException.class)) {
			return new FieldError(
				fieldName, errorKey,
				SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH);
		}

		if (refusalClass.equals(SurveyAnswerException.class)) {
			return new FieldError(fieldName, ANSWER_DOES_NOT_FIT_KEY);
		}

		return new FieldError(fieldName, errorKey);
	}

	/**
	 * SessionErrors keeps what the action stored: the exception itself, or its class name when only the class was
	 * added.
	 */
	private static Class<?> _refusalClass(Object refusal) {
		if (refusal == null) {
			return null;
		}

		if (refusal instanceof Class<?>) {
			return (Class<?>)refusal;
		}

		for (Class<?> answerError : ANSWER_ERRORS) {
			if (answerError.isInstance(refusal) ||
				answerError.getName(
				).equals(
					refusal
				)) {

				return answerError;
			}
		}

		return null;
	}

	private AnswerFieldErrors() {
	}

}
