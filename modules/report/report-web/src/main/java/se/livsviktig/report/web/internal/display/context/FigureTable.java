package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * One figure of the overview: its name, one column per training method, one row per administration, and the
 * chart of the rows' totals (inline SVG, the same numbers as the table).
 *
 * @author Livsviktig
 */
public class FigureTable {

	public FigureTable(
		String figureKey, String label, List<String> methodNames,
		List<FigureRow> rows, String chartSvg) {

		_figureKey = figureKey;
		_label = label;
		_methodNames = methodNames;
		_rows = rows;
		_chartSvg = chartSvg;
	}

	/**
	 * @return the chart's markup, every text in it escaped
	 */
	public String getChartSvg() {
		return _chartSvg;
	}

	public String getFigureKey() {
		return _figureKey;
	}

	public String getLabel() {
		return _label;
	}

	public List<String> getMethodNames() {
		return _methodNames;
	}

	public List<FigureRow> getRows() {
		return _rows;
	}

	private final String _chartSvg;
	private final String _figureKey;
	private final String _label;
	private final List<String> _methodNames;
	private final List<FigureRow> _rows;

}
