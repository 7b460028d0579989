package se.livsviktig.survey.web.internal.language;

import java.util.LinkedHashMap;
import java.util.Map;

import se.livsviktig.survey.exception.SurveyAnswerException;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.exception.SurveyFreeTextLengthException;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.exception.SurveyKindException;
import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyQuestionLabelsException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionPositionException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyQuestionTypeException;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.exception.SurveyTokenException;

/**
 * The Language key that explains each refusal of the survey services on a page. A link that cannot be used has
 * ONE message whether it was used, closed, unknown or opted out of, so the page gives no hint which.
 *
 * @author Livsviktig
 */
public class SurveyErrorKeys {

	public static String getErrorKey(Class<?> exceptionClass) {
		return _errorKeys.get(exceptionClass);
	}

	public static Map<Class<?>, String> getErrorKeys() {
		return _errorKeys;
	}

	private SurveyErrorKeys() {
	}

	private static final Map<Class<?>, String> _errorKeys =
		new LinkedHashMap<>();

	static {
		_errorKeys.put(
			SurveyAnswerException.class,
			"an-answer-does-not-fit-its-question-check-your-answers");
		_errorKeys.put(
			SurveyDispatchException.class,
			"check-the-dispatch-the-method-or-sessions-the-trigger-the-dates-and-the-reminders");
		_errorKeys.put(
			SurveyFreeTextLengthException.class,
			"shorten-your-answer-to-at-most-x-characters");
		_errorKeys.put(
			SurveyInUseException.class,
			"the-survey-has-dispatches-or-responses-archive-it-instead-of-deleting-it");
		_errorKeys.put(
			SurveyKindException.class,
			"choose-course-evaluation-or-follow-up");
		_errorKeys.put(
			SurveyLockedException.class,
			"the-survey-has-responses-its-questions-can-no-longer-be-changed-copy-the-survey-to-change-them");
		_errorKeys.put(
			SurveyQuestionLabelsException.class,
			"enter-the-labels-of-both-ends-of-the-scale-at-most-200-characters-each");
		_errorKeys.put(
			SurveyQuestionOptionsException.class,
			"enter-2-to-20-choices-one-per-line-as-many-in-each-language");
		_errorKeys.put(
			SurveyQuestionPositionException.class,
			"the-question-cannot-be-moved-there-the-list-may-have-changed");
		_errorKeys.put(
			SurveyQuestionTextException.class,
			"enter-the-question-in-swedish-at-most-1000-characters");
		_errorKeys.put(
			SurveyQuestionTypeException.class, "choose-a-question-type");
		_errorKeys.put(
			SurveyRequiredAnswerException.class, "answer-this-question");
		_errorKeys.put(
			SurveyStatusException.class, "choose-draft-active-or-archived");
		_errorKeys.put(
			SurveyTitleException.class,
			"enter-a-title-in-swedish-at-most-200-characters");
		_errorKeys.put(
			SurveyTokenException.class,
			"this-link-cannot-be-used-it-may-have-been-used-already-or-the-survey-has-closed");
		_errorKeys.put(
			SurveyDispatchInUseException.class,
			"the-dispatch-has-sent-invitations-close-it-instead-of-deleting-it");
		_errorKeys.put(
			SurveyResultsFilterException.class,
			"choose-a-training-method-session-and-administration-from-the-lists");
	}

}
