package se.livsviktig.report.web.internal.display.context;

/**
 * One number of the overview's tables, formatted in the reader's language, with the address of the sessions
 * behind it (null when the figure has no drill-down, and the JSP shows the number alone).
 *
 * @author Livsviktig
 */
public final class FigureCell {

	public FigureCell(String text, String drillDownURL) {
		_text = text;
		_drillDownURL = drillDownURL;
	}

	public String getDrillDownURL() {
		return _drillDownURL;
	}

	public String getText() {
		return _text;
	}

	@Override
	public String toString() {
		return (_drillDownURL == null) ? _text :
			_text + " -> " + _drillDownURL;
	}

	private final String _drillDownURL;
	private final String _text;

}
