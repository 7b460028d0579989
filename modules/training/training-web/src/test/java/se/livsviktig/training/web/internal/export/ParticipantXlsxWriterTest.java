package se.livsviktig.training.web.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbook as readers the project did not write see it (Apache POI). Readers in read-only mode (openpyxl,
 * csvkit) read only the range a sheet declares in {@code <dimension ref>}, so the range must cover every cell;
 * the columns are wide enough to read and text that runs over several lines wraps.
 *
 * @author Livsviktig
 */
public class ParticipantXlsxWriterTest {

	@BeforeEach
	public void setUp() throws Exception {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		new ParticipantXlsxWriter().write(
			_participantTable(), byteArrayOutputStream);

		_xssfWorkbook = new XSSFWorkbook(
			new ByteArrayInputStream(byteArrayOutputStream.toByteArray()));

		_sheet = _xssfWorkbook.getSheetAt(0);

		// What the file declares, as read: POI would rewrite it only when it saves.

		_declaredRange = _sheet.getCTWorksheet(
		).getDimension(
		).getRef();
	}

	@AfterEach
	public void tearDown() throws Exception {
		_xssfWorkbook.close();
	}

	@Test
	public void theDeclaredRangeHoldsEveryCellWritten() {
		assertEquals("A1:E5", _declaredRange);

		CellRangeAddress cellRangeAddress = CellRangeAddress.valueOf(
			_declaredRange);

		List<List<String>> cellsInDeclaredRange = new ArrayList<>();

		DataFormatter dataFormatter = new DataFormatter();

		for (int rowIndex = cellRangeAddress.getFirstRow();
			 rowIndex <= cellRangeAddress.getLastRow(); rowIndex++) {

			Row row = _sheet.getRow(rowIndex);

			List<String> cells = new ArrayList<>();

			for (int column = cellRangeAddress.getFirstColumn();
				 column <= cellRangeAddress.getLastColumn(); column++) {

				cells.add(dataFormatter.formatCellValue(row.getCell(column)));
			}

			cellsInDeclaredRange.add(cells);
		}

		List<List<String>> expected = new ArrayList<>();

		expected.add(_participantTable().getHeaders());
		expected.addAll(_participantTable().getRows());

		assertEquals(expected, cellsInDeclaredRange);

		for (Row row : _sheet) {
			for (Cell cell : row) {
				assertTrue(
					cellRangeAddress.isInRange(cell),
					cell.getAddress() + " outside " + _declaredRange);
			}
		}
	}

	@Test
	public void aSheetWithOnlyTheHeadersDeclaresTheHeaderRow()
		throws Exception {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		new ParticipantXlsxWriter().write(
			new ParticipantTable("Tom", Arrays.asList("Namn", "E-postadress")),
			byteArrayOutputStream);

		try (XSSFWorkbook xssfWorkbook = new XSSFWorkbook(
				new ByteArrayInputStream(
					byteArrayOutputStream.toByteArray()))) {

			assertEquals(
				"A1:B1",
				xssfWorkbook.getSheetAt(
					0
				).getCTWorksheet(
				).getDimension(
				).getRef());
		}
	}

	@Test
	public void eachColumnIsAsWideAsItsLongestLineWithinBounds() {

		// Widths in characters: POI gives 1/256ths of a character.

		double nameWidth = _sheet.getColumnWidth(0) / 256.0;
		double emailWidth = _sheet.getColumnWidth(1) / 256.0;
		double dietaryNeedsWidth = _sheet.getColumnWidth(3) / 256.0;
		double motivationWidth = _sheet.getColumnWidth(4) / 256.0;

		assertTrue(
			nameWidth >= "Åsa Öberg-Nilsson".length(), "name " + nameWidth);
		assertTrue(
			emailWidth >= "asa.oberg-nilsson@kommun.se".length(),
			"e-mail " + emailWidth);

		// The longest line, not the whole multi-line text, sets the width.

		assertTrue(
			dietaryNeedsWidth >= "Ingen fläskkött".length(),
			"dietary needs " + dietaryNeedsWidth);
		assertTrue(
			dietaryNeedsWidth < "Laktosfri\nIngen fläskkött".length(),
			"dietary needs " + dietaryNeedsWidth);

		// A long text is capped; it wraps instead.

		assertTrue(
			motivationWidth <= ParticipantXlsxWriter.MAX_COLUMN_WIDTH,
			"motivation " + motivationWidth);
		assertTrue(
			motivationWidth >= "Motivering".length(),
			"motivation " + motivationWidth);
	}

	@Test
	public void textOverSeveralLinesOrWiderThanItsColumnWraps() {
		Cell dietaryNeeds = _sheet.getRow(
			1
		).getCell(
			3
		);

		assertEquals(
			"Laktosfri\nIngen fläskkött", dietaryNeeds.getStringCellValue());
		assertTrue(dietaryNeeds.getCellStyle().getWrapText());

		Cell motivation = _sheet.getRow(
			1
		).getCell(
			4
		);

		assertTrue(motivation.getCellStyle().getWrapText());

		Cell name = _sheet.getRow(
			1
		).getCell(
			0
		);

		assertFalse(name.getCellStyle().getWrapText());
	}

	private ParticipantTable _participantTable() {
		ParticipantTable participantTable = new ParticipantTable(
			"MHFA Vuxen",
			Arrays.asList(
				"Namn", "E-postadress", "Organisation", "Kostbehov",
				"Motivering"));

		participantTable.addRow(
			Arrays.asList(
				"Åsa Öberg-Nilsson", "asa.oberg-nilsson@kommun.se",
				"Äldreförvaltningen", "Laktosfri\nIngen fläskkött",
				"Jag arbetar som undersköterska i hemtjänsten och möter " +
					"varje vecka brukare som mår psykiskt dåligt; kursen " +
						"ger mig ord och trygghet att fråga."));
		participantTable.addRow(
			Arrays.asList("Bo Ek", "bo.ek@kommun.se", "", "", ""));
		participantTable.addRow(
			Arrays.asList("Cecilia Ek", "", "Skolförvaltningen", "", ""));

		// The last cell of the last row is the one a one-cell range loses.

		participantTable.addRow(
			Arrays.asList("Dan Ek", "", "", "", "Bytt pass"));

		return participantTable;
	}

	private String _declaredRange;
	private XSSFSheet _sheet;
	private XSSFWorkbook _xssfWorkbook;

}
