package se.livsviktig.report.web.internal.display.context;

/**
 * One choice of a plain select: its value, its text as shown (already in the reader's language), and whether it
 * is chosen.
 *
 * @author Livsviktig
 */
public class Option {

	public Option(String value, String label, boolean selected) {
		_value = value;
		_label = label;
		_selected = selected;
	}

	public String getLabel() {
		return _label;
	}

	public String getValue() {
		return _value;
	}

	public boolean isSelected() {
		return _selected;
	}

	private final String _label;
	private final boolean _selected;
	private final String _value;

}
