package se.livsviktig.survey.web.internal.display.context;

import java.util.Locale;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.web.internal.admin.SurveyCounts;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;

/**
 * One survey in the admin list: title, kind, whether anonymous, status, its questions and responses, and where
 * its questions, settings and dispatches are kept.
 *
 * @author Livsviktig
 */
public class SurveyRow {

	public SurveyRow(
		Survey survey, Locale locale, SurveyCounts surveyCounts,
		SurveyAdminURLs surveyAdminURLs) {

		_survey = survey;
		_locale = locale;
		_surveyCounts = surveyCounts;
		_surveyAdminURLs = surveyAdminURLs;
	}

	public String getAnonymousKey() {
		if (_survey.isAnonymous()) {
			return "yes";
		}

		return "no";
	}

	public String getDispatchesURL() {
		return _surveyAdminURLs.getDispatchesURL(_survey.getSurveyId());
	}

	public String getResultsURL() {
		return _surveyAdminURLs.getResultsURL(_survey.getSurveyId());
	}

	public String getEditURL() {
		return _surveyAdminURLs.getEditSurveyURL(_survey.getSurveyId());
	}

	public String getKindKey() {
		return SurveyLabels.kindKey(_survey.getKind());
	}

	public long getQuestionCount() {
		return _surveyCounts.getQuestionCount(_survey.getSurveyId());
	}

	public String getQuestionsURL() {
		return _surveyAdminURLs.getQuestionsURL(_survey.getSurveyId());
	}

	public long getResponseCount() {
		return _surveyCounts.getResponseCount(_survey.getSurveyId());
	}

	public String getStatusKey() {
		return SurveyLabels.statusKey(_survey.getStatus());
	}

	public long getSurveyId() {
		return _survey.getSurveyId();
	}

	public String getTitle() {
		return _survey.getTitle(_locale);
	}

	private final Locale _locale;
	private final Survey _survey;
	private final SurveyAdminURLs _surveyAdminURLs;
	private final SurveyCounts _surveyCounts;

}
