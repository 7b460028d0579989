package se.livsviktig.survey.web.internal.display.context;

import java.util.List;

/**
 * The admin app's first page: a page of the site's surveys with the links to the others, what was just done, and
 * the way to add one.
 *
 * @author Livsviktig
 */
public class SurveysDisplayContext {

	public SurveysDisplayContext(
		List<SurveyRow> rows, SurveyListPages pages, String successMessageKey,
		String addSurveyURL) {

		_rows = rows;
		_pages = pages;
		_successMessageKey = successMessageKey;
		_addSurveyURL = addSurveyURL;
	}

	public String getAddSurveyURL() {
		return _addSurveyURL;
	}

	public SurveyListPages getPages() {
		return _pages;
	}

	public List<SurveyRow> getRows() {
		return _rows;
	}

	/**
	 * @return the Language key of what the last action did, or null
	 */
	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	private final String _addSurveyURL;
	private final SurveyListPages _pages;
	private final List<SurveyRow> _rows;
	private final String _successMessageKey;

}
