package se.livsviktig.survey.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The pages of the surveys list, 20 surveys a page as the training app's lists, for Clay's pagination markup
 * written as plain HTML: which rows the page shows, and a link per page. A page number out of range (typed by hand,
 * or the last survey of the last page deleted) shows the nearest page.
 *
 * @author Livsviktig
 */
public class SurveyListPages {

	public static final int PAGE_SIZE = 20;

	/**
	 * @param requestedPage the 1-based page asked for
	 * @param pageURL the link of a 1-based page
	 */
	public SurveyListPages(
		int requestedPage, int total, IntFunction<String> pageURL) {

		_total = total;
		_pageURL = pageURL;

		_current = Math.min(Math.max(requestedPage, 1), getPageCount());
	}

	public int getCurrent() {
		return _current;
	}

	/**
	 * @return the end (exclusive) of the page's rows, as the service's start and end take it
	 */
	public int getEnd() {
		return getStart() + PAGE_SIZE;
	}

	public int getPageCount() {
		if (_total == 0) {
			return 1;
		}

		return ((_total - 1) / PAGE_SIZE) + 1;
	}

	public List<Page> getPages() {
		List<Page> pages = new ArrayList<>();

		for (int number = 1; number <= getPageCount(); number++) {
			pages.add(
				new Page(number, number == _current, _pageURL.apply(number)));
		}

		return pages;
	}

	public int getStart() {
		return (_current - 1) * PAGE_SIZE;
	}

	public int getTotal() {
		return _total;
	}

	/**
	 * @return whether there is more than one page, so links are worth showing
	 */
	public boolean isShow() {
		return getPageCount() > 1;
	}

	public static class Page {

		public Page(int number, boolean current, String url) {
			_number = number;
			_current = current;
			_url = url;
		}

		public int getNumber() {
			return _number;
		}

		public String getURL() {
			return _url;
		}

		public boolean isCurrent() {
			return _current;
		}

		private final boolean _current;
		private final int _number;
		private final String _url;

	}

	private final int _current;
	private final IntFunction<String> _pageURL;
	private final int _total;

}
