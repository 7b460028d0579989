package se.livsviktig.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * A CSV file for a spreadsheet with Swedish settings, as every Livsviktig export writes one: UTF-8 with a byte
 * order mark (so Excel reads å, ä and ö), semicolons between cells (what Excel expects with Swedish settings),
 * CRLF between rows and RFC 4180 quoting. A text cell that a spreadsheet would take as a formula (starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so a name someone typed can never run as one
 * (CSV injection); LibreOffice and Excel then show it as text.
 *
 * @author Livsviktig
 */
public class SpreadsheetCsv {

	public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

	public static final char SEPARATOR = ';';

	public static String neutralize(String cell) {
		if ((cell == null) || cell.isEmpty()) {
			return "";
		}

		char first = cell.charAt(0);

		if ((first == '=') || (first == '+') || (first == '-') ||
			(first == '@') || (first == '\t') || (first == '\r')) {

			return "'" + cell;
		}

		return cell;
	}

	public SpreadsheetCsv() {
		_sb.append('\uFEFF');
	}

	/**
	 * Ends the current row.
	 */
	public SpreadsheetCsv endRow() {
		_sb.append("\r\n");

		_cellsInRow = 0;

		return this;
	}

	/**
	 * A number the caller wrote as the reader's spreadsheet reads one (digits, a minus, a decimal comma), as it is:
	 * never neutralised, since a negative number is no formula, and never quoted, since some readers take a quoted
	 * number for text. Anything else is refused, so text cannot pass as a number unneutralised.
	 *
	 * @throws IllegalArgumentException if the cell is not a number
	 */
	public SpreadsheetCsv number(String cell) {
		if (!cell.matches("-?[0-9]+(,[0-9]+)?")) {
			throw new IllegalArgumentException("Not a number: " + cell);
		}

		_separate();

		_sb.append(cell);

		return this;
	}

	/**
	 * A row of text cells, ended.
	 */
	public SpreadsheetCsv row(List<String> cells) {
		for (String cell : cells) {
			text(cell);
		}

		return endRow();
	}

	/**
	 * A text cell, neutralised and quoted where it holds a separator, a quote or a line break.
	 */
	public SpreadsheetCsv text(String cell) {
		_separate();

		String neutralized = neutralize(cell);

		if ((neutralized.indexOf(SEPARATOR) >= 0) ||
			(neutralized.indexOf('"') >= 0) ||
			(neutralized.indexOf('\n') >= 0) ||
			(neutralized.indexOf('\r') >= 0) ||
			(neutralized.indexOf(',') >= 0)) {

			_sb.append('"');
			_sb.append(neutralized.replace("\"", "\"\""));
			_sb.append('"');
		}
		else {
			_sb.append(neutralized);
		}

		return this;
	}

	public byte[] toBytes() {
		return _sb.toString(
		).getBytes(
			StandardCharsets.UTF_8
		);
	}

	/**
	 * Writes what was added since the last write (the byte order mark the first time) to the output stream, so a
	 * long export need not be held whole.
	 */
	public void writeTo(OutputStream outputStream) throws IOException {
		outputStream.write(toBytes());

		_sb.setLength(0);
	}

	private void _separate() {
		if (_cellsInRow > 0) {
			_sb.append(SEPARATOR);
		}

		_cellsInRow++;
	}

	private int _cellsInRow;
	private final StringBuilder _sb = new StringBuilder();

}
