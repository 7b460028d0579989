package se.livsviktig.survey.web.internal.display.context;

/**
 * One session the dispatch form offers: its id, its course and days in words, and whether it is chosen.
 *
 * @author Livsviktig
 */
public class SessionOption {

	public SessionOption(long courseSessionId, String label, boolean checked) {
		_courseSessionId = courseSessionId;
		_label = label;
		_checked = checked;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public String getLabel() {
		return _label;
	}

	public boolean isChecked() {
		return _checked;
	}

	private final boolean _checked;
	private final long _courseSessionId;
	private final String _label;

}
