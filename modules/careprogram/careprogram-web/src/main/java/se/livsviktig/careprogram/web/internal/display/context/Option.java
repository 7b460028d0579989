package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One option of a plain select: its value and its label, either a language key (translated by the JSP) or a
 * name someone typed, such as a training method's (escaped by the JSP).
 *
 * @author Livsviktig
 */
public class Option {

	public static Option translated(
		String value, String labelKey, boolean selected, Object... arguments) {

		return new Option(value, labelKey, arguments, null, selected);
	}

	public static Option named(String value, String name, boolean selected) {
		return new Option(value, null, new Object[0], name, selected);
	}

	public Object[] getArguments() {
		return _arguments;
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

	private Option(
		String value, String labelKey, Object[] arguments, String name,
		boolean selected) {

		_value = value;
		_labelKey = labelKey;
		_arguments = arguments;
		_name = name;
		_selected = selected;
	}

	private final Object[] _arguments;
	private final String _labelKey;
	private final String _name;
	private final boolean _selected;
	private final String _value;

}
