package se.livsviktig.report.web.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.livsviktig.platform.spreadsheet.XlsxWorkbooks;

/**
 * The export as an Excel workbook, with the writer training's exports use (fastexcel, embedded in the bundle):
 * values are number cells, so a coordinator can add and compare them; labels and names are text cells (never
 * formulas, so nothing typed runs). A bold header row that stays in view, columns wide enough for the report's
 * labels, and the range the sheet uses declared (see XlsxWorkbooks).
 *
 * @author Livsviktig
 */
public class ReportExportXlsxWriter {

	public static final String CONTENT_TYPE = XlsxWorkbooks.CONTENT_TYPE;

	public void write(
			ReportExportTable reportExportTable, OutputStream outputStream)
		throws IOException {

		XlsxWorkbooks.writeWithDeclaredRange(
			outputStream,
			reportExportTable.getRows(
			).size() + 1,
			reportExportTable.getHeaders(
			).size(),
			workbookOutputStream -> _writeWorkbook(
				reportExportTable, workbookOutputStream));
	}

	private void _writeWorkbook(
			ReportExportTable reportExportTable, OutputStream outputStream)
		throws IOException {

		Workbook workbook = new Workbook(outputStream, "Livsviktig", "1.0");

		Worksheet worksheet = workbook.newWorksheet(
			XlsxWorkbooks.sheetName(reportExportTable.getTitle(), "Livsviktig"));

		List<String> headers = reportExportTable.getHeaders();

		for (int column = 0; column < headers.size(); column++) {
			worksheet.value(0, column, headers.get(column));
			worksheet.style(
				0, column
			).bold(
			).set();
			worksheet.width(column, _WIDTHS[column]);
		}

		worksheet.freezePane(0, 1);

		int row = 1;

		for (ReportExportTableRow reportExportTableRow :
				reportExportTable.getRows()) {

			worksheet.value(row, 0, reportExportTableRow.getLabel());
			worksheet.value(row, 1, reportExportTableRow.getValue());
			worksheet.value(row, 2, reportExportTableRow.getFigureName());
			worksheet.value(
				row, 3, reportExportTableRow.getTrainingMethodName());
			worksheet.value(row, 4, reportExportTableRow.getSexName());

			row++;
		}

		workbook.finish();
	}

	/**
	 * Line, value, figure, method, sex, in characters: the default mapping's longest label is about 50.
	 */
	private static final double[] _WIDTHS = {55, 12, 30, 24, 14};

}
