package se.livsviktig.report.web.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;

import java.math.BigDecimal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.junit.jupiter.api.Test;

/**
 * The export written as CSV and as XLSX and read back with readers the project did not write (Commons CSV,
 * fastexcel-reader's streaming reader): the same columns and lines in both, values as Swedish Excel reads them in
 * the CSV and as number cells in the workbook, a typed formula neutralised in the CSV and plain text in the
 * workbook, and the workbook's declared range and column widths.
 *
 * @author Livsviktig
 */
public class ReportExportWritersTest {

	@Test
	public void theCsvReadsBackWithTheLinesValuesAsSwedishExcelReadsThem()
		throws Exception {

		byte[] bytes = new ReportExportCsvWriter().write(_table());

		assertEquals(0xEF, bytes[0] & 0xFF);
		assertEquals(0xBB, bytes[1] & 0xFF);
		assertEquals(0xBF, bytes[2] & 0xFF);

		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);

		assertTrue(csv.contains("\r\n"), csv);

		List<List<String>> rows = new ArrayList<>();

		try (CSVParser csvParser = CSVParser.parse(
				new StringReader(csv),
				CSVFormat.RFC4180.builder(
				).setDelimiter(
					';'
				).build())) {

			for (CSVRecord csvRecord : csvParser) {
				rows.add(csvRecord.toList());
			}
		}

		assertEquals(
			Arrays.asList(
				_HEADERS,
				Arrays.asList(
					"Hur många medarbetare som har gått utbildningen", "12",
					"Genomförda", "Alla utbildningsmetoder", "Alla"),
				Arrays.asList(
					"Utbildningstimmar; MHFA", "24,5", "Utbildningstimmar",
					"MHFA Vuxen", "Alla"),
				Arrays.asList(
					"'=HYPERLINK(\"http://x\")", "0", "Uteblev",
					"Alla utbildningsmetoder", "Kvinnor")),
			rows);
	}

	@Test
	public void theXlsxHasNumberCellsAndDeclaresItsRangeAndWidths()
		throws Exception {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		new ReportExportXlsxWriter().write(_table(), byteArrayOutputStream);

		byte[] bytes = byteArrayOutputStream.toByteArray();

		try (ReadableWorkbook readableWorkbook = new ReadableWorkbook(
				new ByteArrayInputStream(bytes))) {

			Sheet sheet = readableWorkbook.getFirstSheet();

			assertEquals("Årsuppföljning 2026", sheet.getName());

			List<Row> rows = sheet.read();

			assertEquals(4, rows.size());

			List<String> headers = new ArrayList<>();

			for (int column = 0; column < 5; column++) {
				headers.add(rows.get(0).getCellText(column));
			}

			assertEquals(_HEADERS, headers);

			Row completed = rows.get(1);

			assertEquals(
				"Hur många medarbetare som har gått utbildningen",
				completed.getCellText(0));
			assertEquals(CellType.NUMBER, completed.getCell(1).getType());
			assertEquals(0, new BigDecimal("12").compareTo(
				completed.getCell(1).asNumber()));
			assertEquals(CellType.STRING, completed.getCell(3).getType());

			Row hours = rows.get(2);

			assertEquals(CellType.NUMBER, hours.getCell(1).getType());
			assertEquals(0, new BigDecimal("24.5").compareTo(
				hours.getCell(1).asNumber()));

			Row typedFormula = rows.get(3);

			assertEquals(CellType.STRING, typedFormula.getCell(0).getType());
			assertEquals(
				"=HYPERLINK(\"http://x\")", typedFormula.getCellText(0));
			assertEquals(CellType.NUMBER, typedFormula.getCell(1).getType());
			assertEquals("Kvinnor", typedFormula.getCellText(4));
		}

		String worksheet = _entry(bytes, "xl/worksheets/sheet1.xml");

		assertTrue(worksheet.contains("<dimension ref=\"A1:E4\"/>"), worksheet);

		Matcher matcher = Pattern.compile(
			"<col min=\"1\" max=\"1\" width=\"([0-9.]+)\""
		).matcher(
			worksheet
		);

		assertTrue(matcher.find(), worksheet);
		assertTrue(Double.parseDouble(matcher.group(1)) >= 50, worksheet);
		assertFalse(worksheet.contains("<f>"), worksheet);
	}

	private static String _entry(byte[] workbook, String entryName)
		throws Exception {

		// Through the central directory, as a spreadsheet reads it: fastexcel's own zip stream ends each entry with
		// a Zip64 data descriptor that ZipInputStream misreads before Java 21

		Path path = Files.createTempFile("report-export-", ".xlsx");

		try {
			Files.write(path, workbook);

			try (ZipFile zipFile = new ZipFile(path.toFile())) {
				ZipEntry zipEntry = zipFile.getEntry(entryName);

				if (zipEntry == null) {
					throw new AssertionError("No " + entryName);
				}

				try (InputStream inputStream = zipFile.getInputStream(
						zipEntry)) {

					return new String(
						inputStream.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		finally {
			Files.delete(path);
		}
	}

	private static ReportExportTable _table() {
		return new ReportExportTable(
			"Årsuppföljning 2026", _HEADERS,
			Arrays.asList(
				new ReportExportTableRow(
					"Hur många medarbetare som har gått utbildningen", 12,
					"Genomförda", "Alla utbildningsmetoder", "Alla"),
				new ReportExportTableRow(
					"Utbildningstimmar; MHFA", 24.5, "Utbildningstimmar",
					"MHFA Vuxen", "Alla"),
				new ReportExportTableRow(
					"=HYPERLINK(\"http://x\")", 0, "Uteblev",
					"Alla utbildningsmetoder", "Kvinnor")));
	}

	private static final List<String> _HEADERS = Arrays.asList(
		"Rad", "Värde", "Siffra", "Utbildningsmetod", "Kön");

}
