package se.livsviktig.report.web.internal.display.context;

/**
 * One cell of a drill-down's table: a text as stored (the JSP escapes it), or a Language key the JSP translates.
 *
 * @author Livsviktig
 */
public final class DrillDownCell {

	public static DrillDownCell message(String key) {
		return new DrillDownCell(null, key);
	}

	public static DrillDownCell text(String text) {
		return new DrillDownCell(text, null);
	}

	public String getMessageKey() {
		return _messageKey;
	}

	public String getText() {
		return _text;
	}

	public boolean isMessage() {
		return _messageKey != null;
	}

	@Override
	public String toString() {
		return isMessage() ? "message:" + _messageKey : _text;
	}

	private DrillDownCell(String text, String messageKey) {
		_text = text;
		_messageKey = messageKey;
	}

	private final String _messageKey;
	private final String _text;

}
