package se.livsviktig.report.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;

/**
 * One administration's line of a figure's table: its name, the value per column (per method, or per sex in the
 * table by sex; formatted in the reader's language, each with its drill-down address) and their total.
 *
 * @author Livsviktig
 */
public class FigureRow {

	public FigureRow(
		String header, List<FigureCell> cells, FigureCell totalCell,
		double totalValue) {

		_header = header;
		_cells = cells;
		_totalCell = totalCell;
		_totalValue = totalValue;
	}

	public List<FigureCell> getCells() {
		return _cells;
	}

	public String getHeader() {
		return _header;
	}

	public String getTotal() {
		return _totalCell.getText();
	}

	public FigureCell getTotalCell() {
		return _totalCell;
	}

	public double getTotalValue() {
		return _totalValue;
	}

	public List<String> getValues() {
		List<String> values = new ArrayList<>();

		for (FigureCell cell : _cells) {
			values.add(cell.getText());
		}

		return values;
	}

	private final List<FigureCell> _cells;
	private final String _header;
	private final FigureCell _totalCell;
	private final double _totalValue;

}
