package se.livsviktig.training.web.internal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exports' CSV back as a spreadsheet would: semicolons between cells, CRLF between rows, RFC 4180
 * quotes (a doubled quote inside quotes is one quote). Strict about the row ending, so a writer that ends a row
 * with a bare LF fails the tests that use it.
 *
 * @author Livsviktig
 */
public class CsvTestReader {

	public static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();

		boolean quoted = false;

		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);

			if (quoted) {
				if (c == '"') {
					if (((i + 1) < csv.length()) && (csv.charAt(i + 1) == '"')) {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if ((c == '\r') && ((i + 1) < csv.length()) &&
					 (csv.charAt(i + 1) == '\n')) {

				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}

		return rows;
	}

	private CsvTestReader() {
	}

}
