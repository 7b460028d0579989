package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;

/**
 * The coordinators' programme list: one page of the site's programmes, the add and seed actions, and what the
 * last action did.
 *
 * @author Livsviktig
 */
public class AdminCareProgramsDisplayContext {

	public AdminCareProgramsDisplayContext(
		List<AdminCareProgramRow> rows, List<PageLink> pageLinks, int total,
		String addURL, String addNationalCareProgramsURL,
		String successMessageKey) {

		_rows = rows;
		_pageLinks = pageLinks;
		_total = total;
		_addURL = addURL;
		_addNationalCareProgramsURL = addNationalCareProgramsURL;
		_successMessageKey = successMessageKey;
	}

	/**
	 * @return the seed button's action URL: adds the national programmes this site does not have yet
	 */
	public String getAddNationalCareProgramsURL() {
		return _addNationalCareProgramsURL;
	}

	public String getAddURL() {
		return _addURL;
	}

	public List<PageLink> getPageLinks() {
		return _pageLinks;
	}

	public List<AdminCareProgramRow> getRows() {
		return _rows;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	public int getTotal() {
		return _total;
	}

	private final String _addNationalCareProgramsURL;
	private final String _addURL;
	private final List<PageLink> _pageLinks;
	private final List<AdminCareProgramRow> _rows;
	private final String _successMessageKey;
	private final int _total;

}
