package se.livsviktig.survey.web.internal.display.context;

/**
 * One choice of a select or radio group on an admin form: the value sent, its Language key, and whether it is
 * chosen.
 *
 * @author Livsviktig
 */
public class Option {

	public Option(String value, String labelKey, boolean selected) {
		_value = value;
		_labelKey = labelKey;
		_selected = selected;
	}

	public String getLabelKey() {
		return _labelKey;
	}

	public String getValue() {
		return _value;
	}

	public boolean isSelected() {
		return _selected;
	}

	private final String _labelKey;
	private final boolean _selected;
	private final String _value;

}
