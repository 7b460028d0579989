package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;

/**
 * The review log of the site: the latest reviews, newest first.
 *
 * @author Livsviktig
 */
public class ReviewLogDisplayContext {

	public ReviewLogDisplayContext(List<ReviewLogRow> rows, int shownAtMost) {
		_rows = rows;
		_shownAtMost = shownAtMost;
	}

	public List<ReviewLogRow> getRows() {
		return _rows;
	}

	/**
	 * @return how many of the latest reviews the log shows
	 */
	public int getShownAtMost() {
		return _shownAtMost;
	}

	private final List<ReviewLogRow> _rows;
	private final int _shownAtMost;

}
