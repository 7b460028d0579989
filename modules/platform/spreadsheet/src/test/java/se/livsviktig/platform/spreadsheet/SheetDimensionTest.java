package se.livsviktig.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The range a worksheet declares: its letters past Z, and a workbook this copy does not recognise is refused
 * rather than passed on with a range that lies.
 *
 * @author Livsviktig
 */
public class SheetDimensionTest {

	@Test
	public void columnsPastZTakeTwoLetters() {
		assertEquals("A", SheetDimension.columnName(0));
		assertEquals("Z", SheetDimension.columnName(25));
		assertEquals("AA", SheetDimension.columnName(26));
		assertEquals("AZ", SheetDimension.columnName(51));
		assertEquals("BA", SheetDimension.columnName(52));
	}

	@Test
	public void theRangeRunsFromA1ToTheLastCell() {
		assertEquals("A1", SheetDimension.range(1, 1));
		assertEquals("A1:I1", SheetDimension.range(1, 9));
		assertEquals("A1:I12", SheetDimension.range(12, 9));
		assertEquals("A1:A3", SheetDimension.range(3, 1));
	}

	@Test
	public void aWorksheetWithoutADimensionIsRefused() throws IOException {
		Path workbook = _workbook(
			"xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>");

		SheetDimension sheetDimension = new SheetDimension(
			"xl/worksheets/sheet1.xml", "A1:B2");

		assertThrows(
			IllegalStateException.class,
			() -> sheetDimension.copy(workbook, new ByteArrayOutputStream()));
	}

	@Test
	public void aWorkbookWithoutTheWorksheetIsRefused() throws IOException {
		Path workbook = _workbook(
			"xl/worksheets/sheet2.xml",
			"<worksheet><dimension ref=\"A1\"/></worksheet>");

		SheetDimension sheetDimension = new SheetDimension(
			"xl/worksheets/sheet1.xml", "A1:B2");

		assertThrows(
			IllegalStateException.class,
			() -> sheetDimension.copy(workbook, new ByteArrayOutputStream()));
	}

	private Path _workbook(String entryName, String xml) throws IOException {
		Path workbook = _tempDir.resolve("workbook.xlsx");

		try (ZipOutputStream zipOutputStream = new ZipOutputStream(
				Files.newOutputStream(workbook))) {

			zipOutputStream.putNextEntry(new ZipEntry(entryName));
			zipOutputStream.write(xml.getBytes(StandardCharsets.UTF_8));
			zipOutputStream.closeEntry();
		}

		return workbook;
	}

	@TempDir
	Path _tempDir;

}
