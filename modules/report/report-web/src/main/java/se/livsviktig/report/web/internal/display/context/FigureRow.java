package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * One administration's line of a figure's table: its name, the value per method (formatted in the reader's
 * language) and their total.
 *
 * @author Livsviktig
 */
public class FigureRow {

	public FigureRow(
		String header, List<String> values, String total, double totalValue) {

		_header = header;
		_values = values;
		_total = total;
		_totalValue = totalValue;
	}

	public String getHeader() {
		return _header;
	}

	public String getTotal() {
		return _total;
	}

	public double getTotalValue() {
		return _totalValue;
	}

	public List<String> getValues() {
		return _values;
	}

	private final String _header;
	private final String _total;
	private final double _totalValue;
	private final List<String> _values;

}
