package se.livsviktig.survey.web.internal.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.nio.charset.StandardCharsets;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes the results table as CSV (RFC 4180: commas, CRLF, fields with a
 * comma, quote or line break quoted, quotes doubled) in UTF-8 with a byte
 * order mark, so Excel opens "Utbildningsförvaltningen" as written.
 *
 * <p>A suppressed count is written as the same text the page shows, never
 * as a number, so the export cannot hold more than the page. A text cell that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return: survey and question titles come from users) gets a
 * leading apostrophe, OWASP's advice against CSV injection.
 */
public class ResultsCsvWriter {

	public ResultsCsvWriter(OutputStream outputStream, String suppressedText)
		throws IOException {

		_writer = new OutputStreamWriter(outputStream, StandardCharsets.UTF_8);
		_suppressedText = suppressedText;

		_writer.write('\uFEFF');
	}

	public void flush() throws IOException {
		_writer.flush();
	}

	/**
	 * @param cells text ({@link CharSequence}), a count ({@link Long},
	 *              {@link Integer}, {@link OptionalLong}: empty when
	 *              suppressed) or a mean ({@link OptionalDouble}: empty when
	 *              not shown, written with two decimals and a point)
	 */
	public void writeRow(Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				_writer.write(',');
			}

			_writer.write(_quote(_format(cells[i])));
		}

		_writer.write("\r\n");
	}

	private static String _guardFormula(String text) {
		if (text.isEmpty()) {
			return text;
		}

		char first = text.charAt(0);

		if ((first == '=') || (first == '+') || (first == '-') ||
			(first == '@') || (first == '\t') || (first == '\r')) {

			return "'" + text;
		}

		return text;
	}

	private static String _quote(String text) {
		if ((text.indexOf(',') < 0) && (text.indexOf('"') < 0) &&
			(text.indexOf('\r') < 0) && (text.indexOf('\n') < 0)) {

			return text;
		}

		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private String _format(Object cell) {
		if (cell instanceof CharSequence) {
			return _guardFormula(cell.toString());
		}

		if ((cell instanceof Long) || (cell instanceof Integer)) {
			return cell.toString();
		}

		if (cell instanceof OptionalLong) {
			OptionalLong count = (OptionalLong)cell;

			if (count.isPresent()) {
				return String.valueOf(count.getAsLong());
			}

			return _guardFormula(_suppressedText);
		}

		if (cell instanceof OptionalDouble) {
			OptionalDouble mean = (OptionalDouble)cell;

			if (mean.isPresent()) {
				return BigDecimal.valueOf(
					mean.getAsDouble()
				).setScale(
					2, RoundingMode.HALF_UP
				).toPlainString();
			}

			return "";
		}

		throw new IllegalArgumentException(
			"Not a results cell: " +
				((cell == null) ? "null" : cell.getClass().getName()));
	}

	private final String _suppressedText;
	private final Writer _writer;

}
