package se.livsviktig.training.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.PortletURL;

/**
 * The page links of a SearchContainer, for Clay's pagination markup written as plain HTML.
 *
 * @author Livsviktig
 */
public class Pagination {

	public Pagination(
		int cur, int delta, int total, PortletURL iteratorURL, String curParam) {

		_cur = cur;
		_delta = delta;
		_total = total;
		_iteratorURL = iteratorURL;
		_curParam = curParam;
	}

	public int getCur() {
		return _cur;
	}

	public int getPageCount() {
		if (_total == 0) {
			return 1;
		}

		return ((_total - 1) / _delta) + 1;
	}

	public List<Page> getPages() {
		List<Page> pages = new ArrayList<>();

		for (int page = 1; page <= getPageCount(); page++) {
			pages.add(new Page(page, page == _cur, getURL(page)));
		}

		return pages;
	}

	public int getTotal() {
		return _total;
	}

	public String getURL(int page) {
		_iteratorURL.getRenderParameters(
		).setValue(
			_curParam, String.valueOf(page)
		);

		return _iteratorURL.toString();
	}

	public boolean hasNext() {
		if (_cur < getPageCount()) {
			return true;
		}

		return false;
	}

	public boolean hasPrevious() {
		if (_cur > 1) {
			return true;
		}

		return false;
	}

	public boolean isShow() {
		if (getPageCount() > 1) {
			return true;
		}

		return false;
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

	private final int _cur;
	private final String _curParam;
	private final int _delta;
	private final PortletURL _iteratorURL;
	private final int _total;

}
