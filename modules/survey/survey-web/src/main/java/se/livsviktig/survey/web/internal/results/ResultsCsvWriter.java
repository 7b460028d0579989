package se.livsviktig.survey.web.internal.results;

import java.io.IOException;
import java.io.OutputStream;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.OptionalDouble;
import java.util.OptionalLong;

import se.livsviktig.platform.spreadsheet.SpreadsheetCsv;

/**
 * Writes the results table as CSV the way every Livsviktig export is written ({@link SpreadsheetCsv}: UTF-8 with
 * a byte order mark, semicolons and a decimal comma as Excel with Swedish settings reads them, quoting, and a text
 * cell a spreadsheet would run as a formula given a leading apostrophe: survey and question titles come from
 * users).
 *
 * <p>A suppressed count is written as the same text the page shows, never as a number, so the export cannot hold
 * more than the page.
 */
public class ResultsCsvWriter {

	public ResultsCsvWriter(OutputStream outputStream, String suppressedText) {
		_outputStream = outputStream;
		_suppressedText = suppressedText;
	}

	public void flush() throws IOException {
		_spreadsheetCsv.writeTo(_outputStream);

		_outputStream.flush();
	}

	/**
	 * @param cells text ({@link CharSequence}), a count ({@link Long},
	 *              {@link Integer}, {@link OptionalLong}: empty when
	 *              suppressed) or a mean ({@link OptionalDouble}: empty when
	 *              not shown, written with two decimals and a decimal comma)
	 */
	public void writeRow(Object... cells) {
		for (Object cell : cells) {
			_write(cell);
		}

		_spreadsheetCsv.endRow();
	}

	private void _write(Object cell) {
		if (cell instanceof CharSequence) {
			_spreadsheetCsv.text(cell.toString());
		}
		else if ((cell instanceof Long) || (cell instanceof Integer)) {
			_spreadsheetCsv.number(cell.toString());
		}
		else if (cell instanceof OptionalLong) {
			OptionalLong count = (OptionalLong)cell;

			if (count.isPresent()) {
				_spreadsheetCsv.number(String.valueOf(count.getAsLong()));
			}
			else {
				_spreadsheetCsv.text(_suppressedText);
			}
		}
		else if (cell instanceof OptionalDouble) {
			OptionalDouble mean = (OptionalDouble)cell;

			if (mean.isPresent()) {
				_spreadsheetCsv.number(
					BigDecimal.valueOf(
						mean.getAsDouble()
					).setScale(
						2, RoundingMode.HALF_UP
					).toPlainString(
					).replace(
						'.', ','
					));
			}
			else {
				_spreadsheetCsv.text("");
			}
		}
		else {
			throw new IllegalArgumentException(
				"Not a results cell: " +
					((cell == null) ? "null" : cell.getClass().getName()));
		}
	}

	private final OutputStream _outputStream;
	private final SpreadsheetCsv _spreadsheetCsv = new SpreadsheetCsv();
	private final String _suppressedText;

}
