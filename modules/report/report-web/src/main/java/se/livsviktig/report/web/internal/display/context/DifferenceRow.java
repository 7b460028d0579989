package se.livsviktig.report.web.internal.display.context;

/**
 * A frozen figure whose value today differs: what it counts, for which administration and method, the value
 * reported, today's and the change, each ready to show.
 *
 * @author Livsviktig
 */
public class DifferenceRow {

	public DifferenceRow(
		String figure, String administration, String method, String frozen,
		String current, String difference) {

		_figure = figure;
		_administration = administration;
		_method = method;
		_frozen = frozen;
		_current = current;
		_difference = difference;
	}

	public String getAdministration() {
		return _administration;
	}

	public String getCurrent() {
		return _current;
	}

	public String getDifference() {
		return _difference;
	}

	public String getFigure() {
		return _figure;
	}

	public String getFrozen() {
		return _frozen;
	}

	public String getMethod() {
		return _method;
	}

	private final String _administration;
	private final String _current;
	private final String _difference;
	private final String _figure;
	private final String _frozen;
	private final String _method;

}
