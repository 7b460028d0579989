package se.livsviktig.training.web.internal.export;

import java.util.List;

import se.livsviktig.platform.spreadsheet.SpreadsheetCsv;

/**
 * The participant list as CSV for a spreadsheet, written as every Livsviktig export is ({@link SpreadsheetCsv}:
 * Swedish Excel's separator, quoting, and every cell a spreadsheet could take for a formula neutralised).
 *
 * @author Livsviktig
 */
public class ParticipantCsvWriter {

	public static final String CONTENT_TYPE = SpreadsheetCsv.CONTENT_TYPE;

	public byte[] write(ParticipantTable participantTable) {
		SpreadsheetCsv spreadsheetCsv = new SpreadsheetCsv();

		spreadsheetCsv.row(participantTable.getHeaders());

		for (List<String> row : participantTable.getRows()) {
			spreadsheetCsv.row(row);
		}

		return spreadsheetCsv.toBytes();
	}

}
