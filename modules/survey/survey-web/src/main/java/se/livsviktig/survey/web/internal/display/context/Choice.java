package se.livsviktig.survey.web.internal.display.context;

/**
 * One radio button or checkbox of a question: the value sent, the text beside it (a Language key for the
 * app's own words, yes and no; the survey's own text otherwise), and whether it is chosen (after a refusal, the
 * answer the person gave stays chosen).
 *
 * @author Livsviktig
 */
public class Choice {

	public static Choice ofKey(String value, String labelKey, boolean checked) {
		return new Choice(value, labelKey, true, checked);
	}

	public static Choice ofText(String value, String label, boolean checked) {
		return new Choice(value, label, false, checked);
	}

	public String getLabel() {
		return _label;
	}

	public String getValue() {
		return _value;
	}

	public boolean isChecked() {
		return _checked;
	}

	public boolean isLabelKey() {
		return _labelKey;
	}

	private Choice(
		String value, String label, boolean labelKey, boolean checked) {

		_value = value;
		_label = label;
		_labelKey = labelKey;
		_checked = checked;
	}

	private final boolean _checked;
	private final String _label;
	private final boolean _labelKey;
	private final String _value;

}
