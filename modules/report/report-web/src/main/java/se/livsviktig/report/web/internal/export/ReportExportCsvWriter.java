package se.livsviktig.report.web.internal.export;

import java.math.BigDecimal;

import se.livsviktig.platform.spreadsheet.SpreadsheetCsv;

/**
 * The export as CSV for a spreadsheet with Swedish settings, written as every Livsviktig export is
 * ({@link SpreadsheetCsv}: separator, quoting, a label someone typed never runs as a formula). Values are
 * written with a decimal comma, as Excel with Swedish settings reads a number; a whole number has no decimals.
 *
 * @author Livsviktig
 */
public class ReportExportCsvWriter {

	public static final String CONTENT_TYPE = SpreadsheetCsv.CONTENT_TYPE;

	/**
	 * A value as Swedish Excel reads it: 12, 24,5.
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
		SpreadsheetCsv spreadsheetCsv = new SpreadsheetCsv();

		spreadsheetCsv.row(reportExportTable.getHeaders());

		for (ReportExportTableRow reportExportTableRow :
				reportExportTable.getRows()) {

			spreadsheetCsv.text(
				reportExportTableRow.getLabel()
			).number(
				number(reportExportTableRow.getValue())
			).text(
				reportExportTableRow.getFigureName()
			).text(
				reportExportTableRow.getTrainingMethodName()
			).text(
				reportExportTableRow.getSexName()
			).endRow();
		}

		return spreadsheetCsv.toBytes();
	}

}
