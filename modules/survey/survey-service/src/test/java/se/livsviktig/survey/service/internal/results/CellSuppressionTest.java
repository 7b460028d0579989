package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class CellSuppressionTest {

	@Test
	public void cellAtTheMinimumIsShown() {
		SuppressedTable table = _suppress(new long[][] {{5, 7}, {6, 8}});

		assertFalse(table.isCellSuppressed(0, 0));
		assertEquals(5, table.getCell(0, 0));
	}

	@Test
	public void cellBelowTheMinimumIsSuppressed() {
		SuppressedTable table = _suppress(
			new long[][] {{4, 9, 8}, {9, 9, 9}, {9, 9, 9}});

		assertTrue(table.isCellSuppressed(0, 0));
	}

	@Test
	public void complementsAreCheckedAgainUntilNoLineHasOneSuppressedMember() {

		// 2 is primary; its row hides 6 (the smallest shown), which leaves
		// 6's column with one suppressed member, so that column hides its
		// smallest shown cell (7) too, and 7's row then hides one more.

		SuppressedTable table = _suppress(
			new long[][] {{2, 6, 20}, {30, 20, 7}, {40, 30, 8}});

		assertTrue(table.isCellSuppressed(0, 0));
		assertTrue(table.isCellSuppressed(0, 1));
		assertTrue(table.isCellSuppressed(1, 1) || table.isCellSuppressed(2, 1));

		for (int row = 0; row < 3; row++) {
			assertEquals(
				false, _exactlyOneSuppressedInRow(table, row),
				"row " + row);
		}

		for (int column = 0; column < 3; column++) {
			assertEquals(
				false, _exactlyOneSuppressedInColumn(table, column),
				"column " + column);
		}
	}

	@Test
	public void rowTotalHiddenElsewhereIsHiddenHereWithItsComplement() {
		SuppressedTable table = new CellSuppression(5).suppress(
			new long[][] {{6, 6}, {10, 10}, {20, 20}},
			new long[] {12, 20, 40}, true, new boolean[] {true, false, false},
			false);

		assertTrue(table.isRowTotalSuppressed(0));
		assertTrue(table.isRowTotalSuppressed(1), "its smallest partner");
		assertTrue(table.hasSuppressedCellInRow(0), "its row is one equation");
	}

	@Test
	public void hiddenZerosBesideAShownTotalGetANonZeroPartner() {

		// Two hidden zero totals (hidden by another table) and the shown
		// grand total 16 = 16 + ? + ? say both are zero.

		SuppressedTable table = new CellSuppression(5).suppress(
			new long[][] {{0, 0}, {0, 0}, {7, 9}}, new long[] {0, 0, 16}, true,
			new boolean[] {true, true, false}, false);

		assertTrue(table.isRowTotalSuppressed(2) || table.isGrandTotalSuppressed());
	}

	@Test
	public void lineWithOneSuppressedCellHidesItsSmallestShownNonZeroCell() {

		// Both 3s are primary, so their column already has two; each row
		// has one and hides its 9, the smallest shown non-zero cell.

		SuppressedTable table = _suppress(
			new long[][] {
				{3, 0, 12, 9}, {3, 0, 12, 9}, {20, 20, 20, 20}
			});

		for (int row = 0; row < 2; row++) {
			assertTrue(table.isCellSuppressed(row, 0));
			assertFalse(table.isCellSuppressed(row, 1), "a zero says nothing");
			assertFalse(table.isCellSuppressed(row, 2));
			assertTrue(table.isCellSuppressed(row, 3), "the smallest shown");
			assertFalse(table.isRowTotalSuppressed(row));
		}

		assertFalse(table.hasSuppressedCellInRow(2));
	}

	@Test
	public void multipleChoiceRowsAreNoEquation() {

		// One respondent may choose several options: 3 cannot be recovered
		// from the row, only from its column, so the column hides a second
		// cell and the row keeps its other counts.

		SuppressedTable table = new CellSuppression(5).suppress(
			new long[][] {{3, 10}, {8, 10}}, new long[] {12, 15}, false);

		assertTrue(table.isCellSuppressed(0, 0));
		assertTrue(table.isCellSuppressed(1, 0));
		assertFalse(table.isCellSuppressed(0, 1));
		assertFalse(table.isRowTotalSuppressed(0));
	}

	@Test
	public void rowsThatDoNotAddUpAreRefused() {
		assertThrows(
			IllegalArgumentException.class,
			() -> new CellSuppression(5).suppress(
				new long[][] {{3, 10}}, new long[] {12}, true));
	}

	@Test
	public void suppressedCountCannotBeRead() {
		SuppressedTable table = _suppress(
			new long[][] {{4, 9, 8}, {9, 9, 9}, {9, 9, 9}});

		assertThrows(IllegalStateException.class, () -> table.getCell(0, 0));
	}

	@Test
	public void suppressedTotalWithEveryPartShownHidesAPart() {

		// Row [0, 3] has total 3 (suppressed, below the minimum) and 3
		// (suppressed); the total column then has one suppressed member,
		// so another row total goes too, and so on to the fixpoint.

		SuppressedTable table = _suppress(new long[][] {{0, 3}, {10, 12}});

		assertTrue(table.isRowTotalSuppressed(0));
		assertTrue(table.isRowTotalSuppressed(1));
	}

	@Test
	public void totalBelowTheMinimumIsSuppressed() {
		SuppressedTable table = _suppress(
			new long[][] {{1, 2}, {10, 20}, {30, 40}});

		assertTrue(table.isRowTotalSuppressed(0));
	}

	@Test
	public void zeroIsShown() {
		SuppressedTable table = _suppress(new long[][] {{0, 7}, {0, 8}});

		assertFalse(table.isCellSuppressed(0, 0));
		assertEquals(0, table.getCell(0, 0));
		assertEquals(15, table.getGrandTotal());
	}

	private static boolean _exactlyOneSuppressedInColumn(
		SuppressedTable table, int column) {

		int count = table.isColumnTotalSuppressed(column) ? 1 : 0;

		for (int row = 0; row < table.getRowCount(); row++) {
			if (table.isCellSuppressed(row, column)) {
				count++;
			}
		}

		return count == 1;
	}

	private static boolean _exactlyOneSuppressedInRow(
		SuppressedTable table, int row) {

		int count = table.isRowTotalSuppressed(row) ? 1 : 0;

		for (int column = 0; column < table.getColumnCount(); column++) {
			if (table.isCellSuppressed(row, column)) {
				count++;
			}
		}

		return count == 1;
	}

	private static SuppressedTable _suppress(long[][] cells) {
		long[] rowTotals = new long[cells.length];

		for (int row = 0; row < cells.length; row++) {
			for (long count : cells[row]) {
				rowTotals[row] += count;
			}
		}

		return new CellSuppression(5).suppress(cells, rowTotals, true);
	}

}
