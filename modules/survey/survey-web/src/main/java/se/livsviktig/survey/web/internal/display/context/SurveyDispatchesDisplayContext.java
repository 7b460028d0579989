package se.livsviktig.survey.web.internal.display.context;

import java.util.List;

/**
 * A survey's dispatches with their progress, what was just done, and the way to add one.
 *
 * @author Livsviktig
 */
public class SurveyDispatchesDisplayContext {

	public SurveyDispatchesDisplayContext(
		String surveyTitle, List<DispatchRow> rows, String successMessageKey,
		String addDispatchURL, String questionsURL, String backURL) {

		_surveyTitle = surveyTitle;
		_rows = rows;
		_successMessageKey = successMessageKey;
		_addDispatchURL = addDispatchURL;
		_questionsURL = questionsURL;
		_backURL = backURL;
	}

	public String getAddDispatchURL() {
		return _addDispatchURL;
	}

	public String getBackURL() {
		return _backURL;
	}

	public String getQuestionsURL() {
		return _questionsURL;
	}

	public List<DispatchRow> getRows() {
		return _rows;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	public String getSurveyTitle() {
		return _surveyTitle;
	}

	private final String _addDispatchURL;
	private final String _backURL;
	private final String _questionsURL;
	private final List<DispatchRow> _rows;
	private final String _successMessageKey;
	private final String _surveyTitle;

}
