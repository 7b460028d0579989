package se.livsviktig.training.web.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.web.internal.display.context.UnitTrainingRow;

/**
 * A unit's training written as CSV and as XLSX and read back: the page's columns and rows; in the CSV, a name
 * that would be a formula neutralised; in the workbook, completions as numbers and the last completion as a
 * date cell on the reader's day (a completion late in the evening in Stockholm is the next day in UTC's
 * terms, and must not slip a day), and no date where there is no completion.
 *
 * @author Livsviktig
 */
public class UnitTrainingExportWritersTest {

	@Test
	public void theCsvReadsBackWithTheRowsOfThePageAndFormulasNeutralised() {
		byte[] bytes = new ParticipantCsvWriter().write(
			_unitTrainingExport().toTextTable());

		List<List<String>> rows = CsvTestReader.parse(
			new String(
				bytes, StandardCharsets.UTF_8
			).substring(
				1
			));

		assertEquals(
			Arrays.asList(
				Arrays.asList(
					"Namn", "Utbildningsmetod", "Genomförda",
					"Senast genomförd", "På gång"),
				Arrays.asList(
					"Åsa Öberg", "MHFA Vuxen", "2", "2026-03-15", "Inget bokat"),
				Arrays.asList(
					"'=HYPERLINK(\"http://x\")", "Inga anmälningar", "0", "",
					"Bokad")),
			rows);
	}

	@Test
	public void theXlsxHasNumbersAndDatesWhereThePageHasThem() throws Exception {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		new UnitTrainingXlsxWriter().write(
			_unitTrainingExport(), byteArrayOutputStream);

		try (XSSFWorkbook xssfWorkbook = new XSSFWorkbook(
				new ByteArrayInputStream(
					byteArrayOutputStream.toByteArray()))) {

			XSSFSheet sheet = xssfWorkbook.getSheetAt(0);

			assertEquals("Min enhets utbildning", sheet.getSheetName());
			assertEquals(
				"A1:E3",
				sheet.getCTWorksheet(
				).getDimension(
				).getRef());

			XSSFRow header = sheet.getRow(0);

			assertEquals("Namn", header.getCell(0).getStringCellValue());
			assertEquals("På gång", header.getCell(4).getStringCellValue());
			assertTrue(
				xssfWorkbook.getFontAt(
					header.getCell(
						0
					).getCellStyle(
					).getFontIndex()
				).getBold());

			XSSFRow completed = sheet.getRow(1);

			assertEquals("Åsa Öberg", completed.getCell(0).getStringCellValue());
			assertEquals(CellType.NUMERIC, completed.getCell(2).getCellType());
			assertEquals(2.0, completed.getCell(2).getNumericCellValue());

			XSSFCell lastCompleted = completed.getCell(3);

			assertEquals(CellType.NUMERIC, lastCompleted.getCellType());
			assertTrue(DateUtil.isCellDateFormatted(lastCompleted));
			assertEquals(
				LocalDate.of(2026, 3, 15),
				lastCompleted.getLocalDateTimeCellValue(
				).toLocalDate());

			XSSFRow notCompleted = sheet.getRow(2);

			assertEquals(
				"=HYPERLINK(\"http://x\")",
				notCompleted.getCell(0).getStringCellValue());
			assertEquals(
				CellType.STRING, notCompleted.getCell(0).getCellType());
			assertEquals(0.0, notCompleted.getCell(2).getNumericCellValue());
			assertNull(notCompleted.getCell(3));
			assertEquals("Bokad", notCompleted.getCell(4).getStringCellValue());
		}
	}

	private static UnitTrainingExport _unitTrainingExport() {
		ZoneId stockholm = ZoneId.of("Europe/Stockholm");

		// 23:30 in Stockholm on 15 March, 22:30 UTC: the reader's day is the 15th

		Date lastCompletion = Date.from(
			ZonedDateTime.of(
				2026, 3, 15, 23, 30, 0, 0, stockholm
			).toInstant());

		return new UnitTrainingExport(
			"Min enhets utbildning",
			Arrays.asList(
				new UnitTrainingRow(
					"Åsa Öberg", "MHFA Vuxen", 2, lastCompletion, "15 mars 2026",
					"upcoming-nothing"),
				new UnitTrainingRow(
					"=HYPERLINK(\"http://x\")", null, 0, null, "",
					"upcoming-booked")),
			key -> _SWEDISH.getOrDefault(key, key), stockholm);
	}

	private static final Map<String, String> _SWEDISH = Map.of(
			"name", "Namn", "training-method", "Utbildningsmetod",
			"completions", "Genomförda", "last-completed", "Senast genomförd",
			"coming-up", "På gång", "no-registrations", "Inga anmälningar",
			"upcoming-nothing", "Inget bokat", "upcoming-booked", "Bokad");

}
