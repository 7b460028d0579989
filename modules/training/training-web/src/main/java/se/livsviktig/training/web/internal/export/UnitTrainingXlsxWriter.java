package se.livsviktig.training.web.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.livsviktig.platform.spreadsheet.XlsxWorkbooks;
import se.livsviktig.training.web.internal.display.context.UnitTrainingRow;

/**
 * A unit's training as an Excel workbook (fastexcel, embedded in the bundle), typed so that a manager can sort
 * and count: completions are numbers, the last completion a date cell shown as yyyy-mm-dd, names and texts
 * text cells (never formulas, so nothing typed runs). A bold header row that stays in view; the sheet declares
 * the range it uses (see XlsxWorkbooks).
 *
 * @author Livsviktig
 */
public class UnitTrainingXlsxWriter {

	/**
	 * ISO 8601 days; Excel and LibreOffice read the codes in either case, and upper case keeps the pattern from
	 * looking like a Language key.
	 */
	public static final String DATE_FORMAT = "YYYY-MM-DD";

	public void write(
			UnitTrainingExport unitTrainingExport, OutputStream outputStream)
		throws IOException {

		XlsxWorkbooks.writeWithDeclaredRange(
			outputStream,
			unitTrainingExport.getRows(
			).size() + 1,
			unitTrainingExport.getHeaders().length,
			workbookOutputStream -> _writeWorkbook(
				unitTrainingExport, workbookOutputStream));
	}

	private void _writeWorkbook(
			UnitTrainingExport unitTrainingExport, OutputStream outputStream)
		throws IOException {

		Workbook workbook = new Workbook(outputStream, "Livsviktig", "1.0");

		Worksheet worksheet = workbook.newWorksheet(
			XlsxWorkbooks.sheetName(
				unitTrainingExport.getTitle(), "Livsviktig"));

		String[] headers = unitTrainingExport.getHeaders();

		for (int column = 0; column < headers.length; column++) {
			worksheet.value(0, column, headers[column]);
			worksheet.style(
				0, column
			).bold(
			).set();
			worksheet.width(column, _WIDTHS[column]);
		}

		worksheet.freezePane(0, 1);

		int row = 1;

		for (UnitTrainingRow unitTrainingRow : unitTrainingExport.getRows()) {
			worksheet.value(row, 0, unitTrainingRow.getFullName());
			worksheet.value(
				row, 1,
				unitTrainingExport.getTrainingMethodName(unitTrainingRow));
			worksheet.value(row, 2, unitTrainingRow.getCompletedCount());

			LocalDate lastCompletionDay =
				unitTrainingExport.getLastCompletionDay(unitTrainingRow);

			if (lastCompletionDay != null) {
				worksheet.value(row, 3, lastCompletionDay);
				worksheet.style(
					row, 3
				).format(
					DATE_FORMAT
				).set();
			}

			worksheet.value(
				row, 4, unitTrainingExport.getUpcoming(unitTrainingRow));

			row++;
		}

		workbook.finish();
	}

	/**
	 * Name, method, completions, last completed, coming up, in characters.
	 */
	private static final double[] _WIDTHS = {30, 24, 12, 14, 24};

}
