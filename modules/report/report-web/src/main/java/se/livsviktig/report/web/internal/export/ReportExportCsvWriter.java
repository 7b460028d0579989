package se.livsviktig.report.web.internal.export;

import java.math.BigDecimal;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;

/**
 * The export as CSV for a spreadsheet with Swedish settings, written as training's participant list is: UTF-8
 * with a byte order mark (so Excel reads å, ä and ö), semicolons between cells, CRLF between rows, RFC 4180
 * quoting, and a leading apostrophe on a text cell a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return), so a label someone typed never runs. Values are written with a decimal comma, as Excel with
 * Swedish settings reads a number; a whole number has no decimals.
 *
 * @author Livsviktig
 */
public class ReportExportCsvWriter {

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

	/**
	 * A value as Swedish Excel reads it: 12, 24,5. Never neutralised: a negative value is a number, not a formula.
	 */
	public static String number(double value) {
		BigDecimal bigDecimal = BigDecimal.valueOf(
			value
		).stripTrailingZeros();

		if (bigDecimal.scale() < 0) {
			bigDecimal = bigDecimal.setScale(0);
		}

		return bigDecimal.toPlainString(
		).replace(
			'.', ','
		);
	}

	public byte[] write(ReportExportTable reportExportTable) {
		StringBuilder sb = new StringBuilder();

		sb.append('\uFEFF');

		_appendRow(sb, reportExportTable.getHeaders(), -1);

		for (ReportExportTableRow reportExportTableRow :
				reportExportTable.getRows()) {

			_appendRow(
				sb,
				Arrays.asList(
					reportExportTableRow.getLabel(),
					number(reportExportTableRow.getValue()),
					reportExportTableRow.getFigureName(),
					reportExportTableRow.getTrainingMethodName(),
					reportExportTableRow.getSexName()),
				_VALUE_COLUMN);
		}

		return sb.toString(
		).getBytes(
			StandardCharsets.UTF_8
		);
	}

	private void _appendRow(
		StringBuilder sb, List<String> cells, int numberColumn) {

		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				sb.append(SEPARATOR);
			}

			String cell = cells.get(i);

			if (i == numberColumn) {

				// Digits, a minus and a decimal comma, which is no separator here: quoted, some readers take it as text

				sb.append(cell);

				continue;
			}

			cell = neutralize(cell);

			if ((cell.indexOf(SEPARATOR) >= 0) || (cell.indexOf('"') >= 0) ||
				(cell.indexOf('\n') >= 0) || (cell.indexOf('\r') >= 0) ||
				(cell.indexOf(',') >= 0)) {

				sb.append('"');
				sb.append(cell.replace("\"", "\"\""));
				sb.append('"');
			}
			else {
				sb.append(cell);
			}
		}

		sb.append("\r\n");
	}

	private static final int _VALUE_COLUMN = 1;

}
