package se.livsviktig.training.web.internal.display.context;

/**
 * One option of a plain select: its value, and either a language key or a name typed by a coordinator (the
 * JSP translates the key or escapes the name).
 *
 * @author Livsviktig
 */
public class SelectOption {

	public static SelectOption ofKey(
		String value, String labelKey, boolean selected) {

		return new SelectOption(value, labelKey, null, selected);
	}

	public static SelectOption ofName(
		String value, String name, boolean selected) {

		return new SelectOption(value, null, name, selected);
	}

	public String getLabelKey() {
		return _labelKey;
	}

	public String getName() {
		return _name;
	}

	public String getValue() {
		return _value;
	}

	public boolean isSelected() {
		return _selected;
	}

	public boolean isTranslated() {
		if (_labelKey != null) {
			return true;
		}

		return false;
	}

	private SelectOption(
		String value, String labelKey, String name, boolean selected) {

		_value = value;
		_labelKey = labelKey;
		_name = name;
		_selected = selected;
	}

	private final String _labelKey;
	private final String _name;
	private final boolean _selected;
	private final String _value;

}
