package se.livsviktig.survey.service.internal.results;

/**
 * A counts table after {@link CellSuppression}: each count, row total,
 * column total and the grand total is either shown or suppressed, and a
 * suppressed one cannot be read, so it cannot leak by accident.
 */
public class SuppressedTable {

	public long getCell(int row, int column) {
		return _shown(row, column);
	}

	public int getColumnCount() {
		return _values[0].length - 1;
	}

	public long getColumnTotal(int column) {
		return _shown(_values.length - 1, column);
	}

	public long getGrandTotal() {
		return _shown(_values.length - 1, _values[0].length - 1);
	}

	public int getRowCount() {
		return _values.length - 1;
	}

	public long getRowTotal(int row) {
		return _shown(row, _values[0].length - 1);
	}

	public boolean hasSuppressedCellInRow(int row) {
		for (int column = 0; column < getColumnCount(); column++) {
			if (_suppressed[row][column]) {
				return true;
			}
		}

		return false;
	}

	public boolean isCellSuppressed(int row, int column) {
		return _suppressed[row][column];
	}

	public boolean isColumnTotalSuppressed(int column) {
		return _suppressed[_values.length - 1][column];
	}

	public boolean isGrandTotalSuppressed() {
		return _suppressed[_values.length - 1][_values[0].length - 1];
	}

	public boolean isRowTotalSuppressed(int row) {
		return _suppressed[row][_values[0].length - 1];
	}

	SuppressedTable(long[][] values, boolean[][] suppressed) {
		_values = values;
		_suppressed = suppressed;
	}

	private long _shown(int row, int column) {
		if (_suppressed[row][column]) {
			throw new IllegalStateException(
				"Suppressed count at " + row + ", " + column);
		}

		return _values[row][column];
	}

	private final boolean[][] _suppressed;
	private final long[][] _values;

}
