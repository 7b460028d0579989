package se.livsviktig.survey.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.answer.AnswerKey;

/**
 * The answer page in one of its four states: the form (the survey's questions, one per fieldset, with what was
 * sent before a refusal and the refusal at its question), thanks after an answer, the link that cannot be used
 * (one message whether it was used, closed, unknown or opted out of, so the page gives no hint which), and the
 * confirmation of an opt-out. Only the form knows the survey; the other states show nothing of it.
 *
 * @author Livsviktig
 */
public class AnswerFormDisplayContext {

	public static final String STATE_FORM = "form";

	public static final String STATE_OPTED_OUT = "optedOut";

	public static final String STATE_THANKS = "thanks";

	public static final String STATE_UNUSABLE_LINK = "unusableLink";

	public static AnswerFormDisplayContext ofForm(
		Survey survey, List<SurveyQuestion> surveyQuestions, Locale locale,
		AnswerKey answerKey, Map<Long, String[]> entered,
		List<FieldError> fieldErrors, AnswerURLs answerURLs) {

		List<QuestionView> questionViews = new ArrayList<>();

		for (SurveyQuestion surveyQuestion : surveyQuestions) {
			FieldError questionError = null;

			for (FieldError fieldError : fieldErrors) {
				if ((QuestionView.FIELD_NAME_PREFIX +
						surveyQuestion.getSurveyQuestionId()).equals(
							fieldError.getFieldName())) {

					questionError = fieldError;
				}
			}

			questionViews.add(
				new QuestionView(
					surveyQuestion, locale,
					entered.get(surveyQuestion.getSurveyQuestionId()),
					questionError));
		}

		return new AnswerFormDisplayContext(
			STATE_FORM, survey.getTitle(locale), survey.getDescription(locale),
			questionViews, fieldErrors, answerKey, answerURLs);
	}

	/**
	 * @param state thanks, the unusable link or the opt-out's confirmation
	 */
	public static AnswerFormDisplayContext ofState(
		String state, AnswerURLs answerURLs) {

		return new AnswerFormDisplayContext(
			state, "", "", List.of(), List.of(), null, answerURLs);
	}

	public String getAddResponseURL() {
		return _answerURLs.getAddResponseURL();
	}

	public String getDescription() {
		return _description;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	/**
	 * @return where a signed-in invitee finds their other surveys, or null when the page has no such link
	 */
	public String getMySurveysURL() {
		return _answerURLs.getMySurveysURL();
	}

	public String getOptOutURL() {
		return _answerURLs.getOptOutURL();
	}

	public List<QuestionView> getQuestionViews() {
		return _questionViews;
	}

	public String getState() {
		return _state;
	}

	public long getSurveyInvitationId() {
		if ((_answerKey == null) || _answerKey.isToken()) {
			return 0;
		}

		return _answerKey.getSurveyInvitationId();
	}

	public String getTitle() {
		return _title;
	}

	public String getToken() {
		if ((_answerKey == null) || !_answerKey.isToken()) {
			return "";
		}

		return _answerKey.getToken();
	}

	/**
	 * @return whether the page may offer the opt-out: only by the link, as the e-mail's reminders are what one
	 *         opts out of
	 */
	public boolean isOptOutOffered() {
		return (_answerKey != null) && _answerKey.isToken();
	}

	private AnswerFormDisplayContext(
		String state, String title, String description,
		List<QuestionView> questionViews, List<FieldError> fieldErrors,
		AnswerKey answerKey, AnswerURLs answerURLs) {

		_state = state;
		_title = title;
		_description = description;
		_questionViews = questionViews;
		_fieldErrors = fieldErrors;
		_answerKey = answerKey;
		_answerURLs = answerURLs;
	}

	private final AnswerKey _answerKey;
	private final AnswerURLs _answerURLs;
	private final String _description;
	private final List<FieldError> _fieldErrors;
	private final List<QuestionView> _questionViews;
	private final String _state;
	private final String _title;

}
