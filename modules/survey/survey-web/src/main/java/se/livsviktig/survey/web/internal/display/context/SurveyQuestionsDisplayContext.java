package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;

import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyQuestionPositionException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * The question editor: the survey's questions in their order, each previewed as the answer page renders it, with
 * edit, move up, move down and delete; or, once the survey has a response, the same questions locked, saying why
 * and offering a copy to change instead.
 *
 * @author Livsviktig
 */
public class SurveyQuestionsDisplayContext {

	public SurveyQuestionsDisplayContext(
		RenderRequest renderRequest, Survey survey,
		List<SurveyQuestion> surveyQuestions, boolean locked,
		Locale locale, SurveyAdminURLs surveyAdminURLs) {

		_survey = survey;
		_locked = locked;
		_surveyAdminURLs = surveyAdminURLs;

		_successMessageKey = SuccessMessages.of(renderRequest);

		String errorKey = null;

		for (Class<?> refusal :
				new Class<?>[] {
					SurveyLockedException.class,
					SurveyQuestionPositionException.class
				}) {

			if (SessionErrors.contains(renderRequest, refusal.getName())) {
				errorKey = SurveyErrorKeys.getErrorKey(refusal);
			}
		}

		_errorKey = errorKey;

		for (int i = 0; i < surveyQuestions.size(); i++) {
			SurveyQuestion surveyQuestion = surveyQuestions.get(i);

			_questionCards.add(
				new QuestionCard(
					new QuestionView(surveyQuestion, locale, null, null), i,
					SurveyLabels.questionTypeKey(
						surveyQuestion.getQuestionType()),
					i == 0, i == (surveyQuestions.size() - 1),
					surveyAdminURLs.getEditQuestionURL(
						survey.getSurveyId(),
						surveyQuestion.getSurveyQuestionId())));
		}

		_title = survey.getTitle(locale);
	}

	public String getAddQuestionURL() {
		return _surveyAdminURLs.getEditQuestionURL(_survey.getSurveyId(), 0);
	}

	public String getBackURL() {
		return _surveyAdminURLs.getSurveysURL();
	}

	public String getCopySurveyURL() {
		return _surveyAdminURLs.getActionURL(SurveyMVCCommandNames.COPY_SURVEY);
	}

	public String getDeleteQuestionURL() {
		return _surveyAdminURLs.getActionURL(
			SurveyMVCCommandNames.DELETE_SURVEY_QUESTION);
	}

	public String getDispatchesURL() {
		return _surveyAdminURLs.getDispatchesURL(_survey.getSurveyId());
	}

	public String getEditSurveyURL() {
		return _surveyAdminURLs.getEditSurveyURL(_survey.getSurveyId());
	}

	/**
	 * @return the Language key of the refusal of the last change, or null
	 */
	public String getErrorKey() {
		return _errorKey;
	}

	public String getMoveQuestionURL() {
		return _surveyAdminURLs.getActionURL(
			SurveyMVCCommandNames.MOVE_SURVEY_QUESTION);
	}

	public List<QuestionCard> getQuestionCards() {
		return _questionCards;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	public long getSurveyId() {
		return _survey.getSurveyId();
	}

	public String getTitle() {
		return _title;
	}

	/**
	 * @return whether the survey has a response, so its questions can no longer change
	 */
	public boolean isLocked() {
		return _locked;
	}

	private final String _errorKey;
	private final List<QuestionCard> _questionCards = new ArrayList<>();
	private final boolean _locked;
	private final String _successMessageKey;
	private final Survey _survey;
	private final SurveyAdminURLs _surveyAdminURLs;
	private final String _title;

}
