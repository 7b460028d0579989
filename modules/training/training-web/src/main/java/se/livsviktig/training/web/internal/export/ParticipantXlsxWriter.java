package se.livsviktig.training.web.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The participant list as an Excel workbook (fastexcel, embedded in the bundle): one sheet, a bold header row
 * that stays in view, every cell a text cell. Text cells are never formulas, so nothing typed runs.
 *
 * @author Livsviktig
 */
public class ParticipantXlsxWriter {

	public static final String CONTENT_TYPE =
		"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public void write(
			ParticipantTable participantTable, OutputStream outputStream)
		throws IOException {

		Workbook workbook = new Workbook(outputStream, "Livsviktig", "1.0");

		Worksheet worksheet = workbook.newWorksheet(
			_sheetName(participantTable.getTitle()));

		List<String> headers = participantTable.getHeaders();

		for (int column = 0; column < headers.size(); column++) {
			worksheet.value(0, column, headers.get(column));
			worksheet.style(
				0, column
			).bold(
			).set();
		}

		worksheet.freezePane(0, 1);

		int row = 1;

		for (List<String> cells : participantTable.getRows()) {
			for (int column = 0; column < cells.size(); column++) {
				String cell = cells.get(column);

				if ((cell != null) && !cell.isEmpty()) {
					worksheet.value(row, column, cell);
				}
			}

			row++;
		}

		workbook.finish();
	}

	/**
	 * Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ].
	 */
	private String _sheetName(String title) {
		String name = title.replaceAll(
			"[:\\\\/?*\\[\\]]", " "
		).trim();

		if (name.isEmpty()) {
			return "Deltagare";
		}

		if (name.length() > 31) {
			return name.substring(0, 31);
		}

		return name;
	}

}
