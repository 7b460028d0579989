package se.livsviktig.survey.service.internal.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which counts of a results table may be shown.
 *
 * <p>The table has one row per group (method, session, administration,
 * period…), one column per answer value, a total per row (the group's
 * respondents to the question), a total per column and a grand total.
 * Two rules:
 *
 * <ul>
 * <li><b>Primary</b>: a count of at least one and fewer than the minimum
 * respondents describes too few people to show; it is suppressed, whether it
 * is a cell or a total. A zero describes nobody and stays shown.</li>
 * <li><b>Complementary</b>: a line (a row with its total, a column with its
 * total, and the total row and column) is one equation; with exactly one
 * suppressed member it can be solved by subtracting the shown members from
 * the shown total (or adding them up, when the total is the suppressed one).
 * So such a line gets a second suppressed member, its smallest shown
 * non-zero part, and the lines are checked again until none has exactly one,
 * because each new suppression can open another line. Likewise a line whose
 * suppressed parts are all zeros beside a shown total: counts are never
 * negative, so the reader knows them.</li>
 * </ul>
 *
 * <p>Rows of a multiple-choice question do not add up (one respondent may
 * choose several options), so they are no equation and only the columns and
 * the respondents column count as lines.
 */
public class CellSuppression {

	public static final int DEFAULT_MINIMUM_RESPONDENTS = 5;

	public CellSuppression(int minimumRespondents) {
		if (minimumRespondents < 1) {
			throw new IllegalArgumentException(
				"The minimum respondents must be at least 1: " +
					minimumRespondents);
		}

		_minimumRespondents = minimumRespondents;
	}

	public int getMinimumRespondents() {
		return _minimumRespondents;
	}

	/**
	 * @param cells       counts per group (row) and answer value (column)
	 * @param rowTotals   respondents to the question per group
	 * @param rowsAdditive whether a row's cells add up to its total (every
	 *                    question type but multiple choice)
	 */
	public SuppressedTable suppress(
		long[][] cells, long[] rowTotals, boolean rowsAdditive) {

		return suppress(
			cells, rowTotals, rowsAdditive, new boolean[rowTotals.length],
			false);
	}

	/**
	 * @param hiddenRowTotals row totals to suppress from the start, because
	 *        another table of the same page hides the same figure (a
	 *        figure hidden in one table and shown in the next is not hidden)
	 * @param hiddenGrandTotal likewise for the grand total
	 */
	public SuppressedTable suppress(
		long[][] cells, long[] rowTotals, boolean rowsAdditive,
		boolean[] hiddenRowTotals, boolean hiddenGrandTotal) {

		int rows = cells.length;

		if (rowTotals.length != rows) {
			throw new IllegalArgumentException(
				"One row total per row: " + rowTotals.length + " for " + rows);
		}

		int columns = (rows == 0) ? 0 : cells[0].length;

		if (rowsAdditive && (rows > 0) && (columns == 0)) {
			throw new IllegalArgumentException(
				"A table without value columns has no rows that add up");
		}

		long[][] values = new long[rows + 1][columns + 1];

		for (int row = 0; row < rows; row++) {
			if (cells[row].length != columns) {
				throw new IllegalArgumentException("Rows of unequal length");
			}

			long rowSum = 0;

			for (int column = 0; column < columns; column++) {
				long count = cells[row][column];

				if ((count < 0) || (count > rowTotals[row])) {
					throw new IllegalArgumentException(
						"Count " + count + " outside 0.." + rowTotals[row]);
				}

				values[row][column] = count;
				values[rows][column] += count;
				rowSum += count;
			}

			if (rowsAdditive && (rowSum != rowTotals[row])) {
				throw new IllegalArgumentException(
					"Row " + row + " adds up to " + rowSum + ", not " +
						rowTotals[row]);
			}

			values[row][columns] = rowTotals[row];
			values[rows][columns] += rowTotals[row];
		}

		boolean[][] suppressed = new boolean[rows + 1][columns + 1];

		for (int row = 0; row <= rows; row++) {
			for (int column = 0; column <= columns; column++) {
				suppressed[row][column] = _isBelowMinimum(values[row][column]);
			}
		}

		for (int row = 0; row < rows; row++) {
			suppressed[row][columns] |= hiddenRowTotals[row];
		}

		suppressed[rows][columns] |= hiddenGrandTotal;

		List<Line> lines = _lines(rows, columns, rowsAdditive);

		boolean changed = true;

		while (changed) {
			changed = false;

			for (Line line : lines) {
				if (line.isSolvable(values, suppressed)) {
					line.suppressComplement(values, suppressed);

					changed = true;
				}
			}
		}

		return new SuppressedTable(values, suppressed);
	}

	private static List<Line> _lines(
		int rows, int columns, boolean rowsAdditive) {

		List<Line> lines = new ArrayList<>();

		for (int column = 0; column <= columns; column++) {
			int[][] parts = new int[rows][];

			for (int row = 0; row < rows; row++) {
				parts[row] = new int[] {row, column};
			}

			lines.add(new Line(parts, new int[] {rows, column}));
		}

		if (rowsAdditive) {
			for (int row = 0; row <= rows; row++) {
				int[][] parts = new int[columns][];

				for (int column = 0; column < columns; column++) {
					parts[column] = new int[] {row, column};
				}

				lines.add(new Line(parts, new int[] {row, columns}));
			}
		}

		return lines;
	}

	private boolean _isBelowMinimum(long count) {
		if ((count > 0) && (count < _minimumRespondents)) {
			return true;
		}

		return false;
	}

	private final int _minimumRespondents;

	/**
	 * Parts that add up to a total: one equation a reader could solve.
	 */
	private static class Line {

		Line(int[][] parts, int[] total) {
			_parts = parts;
			_total = total;
		}

		/**
		 * One suppressed member is the total minus the rest; suppressed
		 * parts that the shown total and parts leave nothing for are all
		 * zero, since no count is negative.
		 */
		boolean isSolvable(long[][] values, boolean[][] suppressed) {
			boolean totalSuppressed = suppressed[_total[0]][_total[1]];

			int count = totalSuppressed ? 1 : 0;
			long suppressedSum = 0;

			for (int[] part : _parts) {
				if (suppressed[part[0]][part[1]]) {
					count++;
					suppressedSum += values[part[0]][part[1]];
				}
			}

			if ((count == 1) ||
				(!totalSuppressed && (count > 0) && (suppressedSum == 0))) {

				return true;
			}

			return false;
		}

		/**
		 * Hides the smallest shown non-zero part: it gives away the least.
		 * When every other part is zero, the suppressed member equals the
		 * total, so the total goes; a hidden zero beside a shown total would
		 * be told by the total alone. Only a line whose total is hidden
		 * already hides a zero part.
		 */
		void suppressComplement(long[][] values, boolean[][] suppressed) {
			int[] smallestNonZero = null;
			int[] anyShown = null;

			for (int[] part : _parts) {
				if (suppressed[part[0]][part[1]]) {
					continue;
				}

				long value = values[part[0]][part[1]];

				if (anyShown == null) {
					anyShown = part;
				}

				if ((value > 0) &&
					((smallestNonZero == null) ||
					 (value < values[smallestNonZero[0]][smallestNonZero[1]]))) {

					smallestNonZero = part;
				}
			}

			int[] complement = smallestNonZero;

			if ((complement == null) && !suppressed[_total[0]][_total[1]]) {
				complement = _total;
			}

			if (complement == null) {
				complement = anyShown;
			}

			suppressed[complement[0]][complement[1]] = true;
		}

		private final int[][] _parts;
		private final int[] _total;

	}

}
