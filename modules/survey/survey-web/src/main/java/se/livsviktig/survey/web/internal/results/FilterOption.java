package se.livsviktig.survey.web.internal.results;

/**
 * One choice of a results filter's select: an id, its name in the reader's
 * language, and whether the page is filtered by it now.
 */
public class FilterOption {

	public FilterOption(long id, String label, boolean selected) {
		_id = id;
		_label = label;
		_selected = selected;
	}

	public long getId() {
		return _id;
	}

	public String getLabel() {
		return _label;
	}

	public boolean isSelected() {
		return _selected;
	}

	private final long _id;
	private final String _label;
	private final boolean _selected;

}
