package se.livsviktig.training.web.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.livsviktig.platform.spreadsheet.XlsxWorkbooks;

/**
 * The participant list as an Excel workbook (fastexcel, embedded in the bundle): one sheet, a bold header row
 * that stays in view, every cell a text cell. Text cells are never formulas, so nothing typed runs. The sheet
 * declares the range it uses, for readers that read only that; columns fit their text and long text wraps.
 *
 * @author Livsviktig
 */
public class ParticipantXlsxWriter {

	/**
	 * The widest a column gets, in characters; longer text wraps.
	 */
	public static final int MAX_COLUMN_WIDTH = 50;

	/**
	 * The narrowest a column gets, in characters, however short its text.
	 */
	public static final int MIN_COLUMN_WIDTH = 10;

	public static final String CONTENT_TYPE = XlsxWorkbooks.CONTENT_TYPE;

	public void write(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException {

		XlsxWorkbooks.writeWithDeclaredRange(
			outputStream,
			participantTable.getRows(
			).size() + 1,
			participantTable.getHeaders(
			).size(),
			workbookOutputStream -> _writeWorkbook(
				participantTable, workbookOutputStream));
	}

	private void _writeWorkbook(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException {

		Workbook workbook = new Workbook(outputStream, "Livsviktig", "1.0");

		Worksheet worksheet = workbook.newWorksheet(
			XlsxWorkbooks.sheetName(participantTable.getTitle(), "Deltagare"));

		List<String> headers = participantTable.getHeaders();

		for (int column = 0; column < headers.size(); column++) {
			worksheet.value(0, column, headers.get(column));
			worksheet.style(
				0, column
			).bold(
			).set();
			worksheet.width(column, _width(participantTable, column));
		}

		worksheet.freezePane(0, 1);

		int row = 1;

		for (List<String> cells : participantTable.getRows()) {
			_writeRow(worksheet, row, cells);

			row++;
		}

		workbook.finish();
	}

	/**
	 * Text over several lines, or longer than the widest column, wraps. The row's other cells then align at the
	 * top, where its first line is. Row heights stay unset, so that Excel and LibreOffice fit them to the lines.
	 */
	private void _writeRow(Worksheet worksheet, int row, List<String> cells) {
		boolean rowWraps = false;

		for (String cell : cells) {
			if (_wraps(cell)) {
				rowWraps = true;
			}
		}

		for (int column = 0; column < cells.size(); column++) {
			String cell = cells.get(column);

			if ((cell == null) || cell.isEmpty()) {
				continue;
			}

			worksheet.value(row, column, cell);

			if (_wraps(cell)) {
				worksheet.style(
					row, column
				).wrapText(
					true
				).verticalAlignment(
					"top"
				).set();
			}
			else if (rowWraps) {
				worksheet.style(
					row, column
				).verticalAlignment(
					"top"
				).set();
			}
		}
	}

	/**
	 * The column's longest line with a margin, between {@link #MIN_COLUMN_WIDTH} and {@link #MAX_COLUMN_WIDTH}
	 * characters. fastexcel would size a column by its longest text as one line, up to 255 characters.
	 */
	private double _width(ParticipantTable participantTable, int column) {
		int longestLine = _longestLine(
			participantTable.getHeaders(
			).get(
				column
			));

		for (List<String> cells : participantTable.getRows()) {
			longestLine = Math.max(longestLine, _longestLine(cells.get(column)));
		}

		return Math.min(
			MAX_COLUMN_WIDTH,
			Math.max(MIN_COLUMN_WIDTH, longestLine + _MARGIN));
	}

	private int _longestLine(String text) {
		int longestLine = 0;

		if (text == null) {
			return longestLine;
		}

		for (String line : text.split("\\R", -1)) {
			longestLine = Math.max(longestLine, line.length());
		}

		return longestLine;
	}

	private boolean _wraps(String text) {
		if (text == null) {
			return false;
		}

		if ((text.indexOf('\n') >= 0) || (text.indexOf('\r') >= 0)) {
			return true;
		}

		return (text.length() + _MARGIN) > MAX_COLUMN_WIDTH;
	}

	/**
	 * Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ].
	 */
	/**
	 * Room beside the text, in characters, for the cell's padding and a bold header.
	 */
	private static final int _MARGIN = 2;

}
