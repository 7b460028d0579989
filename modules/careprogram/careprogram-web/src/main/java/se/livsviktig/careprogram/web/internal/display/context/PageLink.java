package se.livsviktig.careprogram.web.internal.display.context;

/**
 * A link to one page of a paged list, for Clay's pagination markup written as plain HTML.
 *
 * @author Livsviktig
 */
public class PageLink {

	public PageLink(int number, boolean current, String url) {
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
