package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Plays the reader who has the published table and the arithmetic: 1,000
 * seeded random tables, and for each, every line (row, column, total row and
 * column) is an equation the reader solves when it has one unknown, or when
 * its unknowns must all be zero (counts are never negative); any solvable
 * line gives a suppressed count away. The reader's arithmetic is written here again,
 * apart from {@link CellSuppression}, so a mistake in one does not hide the
 * same mistake in the other.
 */
public class CellSuppressionPropertyTest {

	@Test
	public void noSuppressedCountCanBeDerivedFromShownTotals() {
		Random random = new Random(20261206L);

		for (int round = 0; round < 1000; round++) {
			int rows = 1 + random.nextInt(6);
			int columns = 1 + random.nextInt(6);
			boolean rowsAdditive = random.nextInt(4) != 0;
			int minimum = (random.nextInt(5) == 0) ? 3 : 5;

			long[][] cells = new long[rows][columns];
			long[] rowTotals = new long[rows];

			for (int row = 0; row < rows; row++) {
				for (int column = 0; column < columns; column++) {
					cells[row][column] = _randomCount(random);
					rowTotals[row] = rowsAdditive ?
						rowTotals[row] + cells[row][column] :
						Math.max(rowTotals[row], cells[row][column]);
				}

				if (!rowsAdditive) {
					rowTotals[row] += random.nextInt(6);
				}
			}

			boolean[] hiddenRowTotals = new boolean[rows];

			for (int row = 0; row < rows; row++) {
				hiddenRowTotals[row] = random.nextInt(8) == 0;
			}

			SuppressedTable table = new CellSuppression(minimum).suppress(
				cells, rowTotals, rowsAdditive, hiddenRowTotals,
				random.nextInt(20) == 0);

			for (int row = 0; row < rows; row++) {
				if (hiddenRowTotals[row]) {
					assertTrue(table.isRowTotalSuppressed(row));
				}
			}

			String description =
				"round " + round + " " + Arrays.deepToString(cells) + " " +
					Arrays.toString(rowTotals) + " additive " + rowsAdditive;

			_assertPrimarySuppression(
				table, cells, rowTotals, minimum, description);
			_assertNothingDerivable(
				table, cells, rowTotals, rowsAdditive, description);
		}
	}

	private static void _assertNothingDerivable(
		SuppressedTable table, long[][] cells, long[] rowTotals,
		boolean rowsAdditive, String description) {

		int rows = cells.length;
		int columns = cells[0].length;

		long[][] values = new long[rows + 1][columns + 1];
		boolean[][] known = new boolean[rows + 1][columns + 1];

		for (int row = 0; row <= rows; row++) {
			for (int column = 0; column <= columns; column++) {
				long value;
				boolean suppressed;

				if ((row < rows) && (column < columns)) {
					value = cells[row][column];
					suppressed = table.isCellSuppressed(row, column);
				}
				else if (row < rows) {
					value = rowTotals[row];
					suppressed = table.isRowTotalSuppressed(row);
				}
				else if (column < columns) {
					value = 0;

					for (long[] cellRow : cells) {
						value += cellRow[column];
					}

					suppressed = table.isColumnTotalSuppressed(column);
				}
				else {
					value = Arrays.stream(rowTotals).sum();
					suppressed = table.isGrandTotalSuppressed();
				}

				values[row][column] = value;
				known[row][column] = !suppressed;

				if (!suppressed) {
					assertEquals(
						value, _read(table, row, column, rows, columns),
						description);
				}
			}
		}

		List<int[][]> equations = new ArrayList<>();

		for (int column = 0; column <= columns; column++) {
			int[][] equation = new int[rows + 1][];

			for (int row = 0; row <= rows; row++) {
				equation[row] = new int[] {row, column};
			}

			equations.add(equation);
		}

		if (rowsAdditive) {
			for (int row = 0; row <= rows; row++) {
				int[][] equation = new int[columns + 1][];

				for (int column = 0; column <= columns; column++) {
					equation[column] = new int[] {row, column};
				}

				equations.add(equation);
			}
		}

		for (int[][] equation : equations) {
			List<int[]> unknowns = new ArrayList<>();

			for (int[] member : equation) {
				if (!known[member[0]][member[1]]) {
					unknowns.add(member);
				}
			}

			int[] total = equation[equation.length - 1];

			boolean totalKnown = known[total[0]][total[1]];

			long partsKnownSum = 0;

			for (int index = 0; index < (equation.length - 1); index++) {
				int[] member = equation[index];

				if (known[member[0]][member[1]]) {
					partsKnownSum += values[member[0]][member[1]];
				}
			}

			boolean solvable = unknowns.size() == 1;

			if (totalKnown && !unknowns.isEmpty() &&
				((values[total[0]][total[1]] - partsKnownSum) == 0)) {

				solvable = true;
			}

			if (solvable) {
				fail(
					"Suppressed " + _describe(unknowns) +
						" derivable in " + description);
			}
		}
	}

	private static void _assertPrimarySuppression(
		SuppressedTable table, long[][] cells, long[] rowTotals, int minimum,
		String description) {

		for (int row = 0; row < cells.length; row++) {
			for (int column = 0; column < cells[row].length; column++) {
				long count = cells[row][column];

				if ((count > 0) && (count < minimum)) {
					assertTrue(
						table.isCellSuppressed(row, column), description);
				}
			}

			if ((rowTotals[row] > 0) && (rowTotals[row] < minimum)) {
				assertTrue(table.isRowTotalSuppressed(row), description);
			}
		}
	}

	private static String _describe(List<int[]> members) {
		StringBuilder sb = new StringBuilder();

		for (int[] member : members) {
			sb.append(Arrays.toString(member));
		}

		return sb.toString();
	}

	private static long _randomCount(Random random) {
		int kind = random.nextInt(10);

		if (kind < 3) {
			return 0;
		}

		if (kind < 6) {
			return 1 + random.nextInt(4);
		}

		return 5 + random.nextInt(40);
	}

	private static long _read(
		SuppressedTable table, int row, int column, int rows, int columns) {

		if ((row < rows) && (column < columns)) {
			return table.getCell(row, column);
		}

		if (row < rows) {
			return table.getRowTotal(row);
		}

		if (column < columns) {
			return table.getColumnTotal(column);
		}

		return table.getGrandTotal();
	}

}
