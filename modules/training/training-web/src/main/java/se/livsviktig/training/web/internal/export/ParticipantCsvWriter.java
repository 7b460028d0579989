package se.livsviktig.training.web.internal.export;

import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * The participant list as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads å, ä and ö),
 * semicolons between cells (what Excel expects with Swedish settings), CRLF between rows and RFC 4180
 * quoting. A cell that a spreadsheet would take as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, so a name someone typed can never run as one (CSV injection).
 *
 * @author Livsviktig
 */
public class ParticipantCsvWriter {

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

	public byte[] write(ParticipantTable participantTable) {
		StringBuilder sb = new StringBuilder();

		sb.append('\uFEFF');

		_appendRow(sb, participantTable.getHeaders());

		for (List<String> row : participantTable.getRows()) {
			_appendRow(sb, row);
		}

		return sb.toString(
		).getBytes(
			StandardCharsets.UTF_8
		);
	}

	private void _appendRow(StringBuilder sb, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				sb.append(SEPARATOR);
			}

			String cell = neutralize(cells.get(i));

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

}
