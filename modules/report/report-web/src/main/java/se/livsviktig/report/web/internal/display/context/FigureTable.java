package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * One figure of the overview: its name, one column per training method, one row per administration, and the
 * chart of the rows' totals (inline SVG, the same numbers as the table). A person-based figure also has its
 * table by sex (women, men, unknown, total per administration) and the chart of its totals per sex; a figure not
 * split by sex has none (an empty list and null).
 *
 * @author Livsviktig
 */
public class FigureTable {

	public FigureTable(
		String figureKey, String label, List<String> methodNames,
		List<FigureRow> rows, String chartSvg, String sexLabel,
		List<String> sexNames, List<FigureRow> sexRows, String sexChartSvg) {

		_figureKey = figureKey;
		_label = label;
		_methodNames = methodNames;
		_rows = rows;
		_chartSvg = chartSvg;
		_sexLabel = sexLabel;
		_sexNames = sexNames;
		_sexRows = sexRows;
		_sexChartSvg = sexChartSvg;
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

	/**
	 * @return the chart of the totals per sex, every text in it escaped, or null for a figure not split by sex
	 */
	public String getSexChartSvg() {
		return _sexChartSvg;
	}

	/**
	 * @return the caption of the table by sex, such as "Registrations by sex", or null
	 */
	public String getSexLabel() {
		return _sexLabel;
	}

	/**
	 * @return the columns of the table by sex in the reader's language (women, men, unknown)
	 */
	public List<String> getSexNames() {
		return _sexNames;
	}

	public List<FigureRow> getSexRows() {
		return _sexRows;
	}

	public boolean isSplitBySex() {
		return !_sexRows.isEmpty();
	}

	private final String _chartSvg;
	private final String _figureKey;
	private final String _label;
	private final List<String> _methodNames;
	private final List<FigureRow> _rows;
	private final String _sexChartSvg;
	private final String _sexLabel;
	private final List<String> _sexNames;
	private final List<FigureRow> _sexRows;

}
