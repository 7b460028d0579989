package se.livsviktig.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheet names Excel opens, the declared range on the way out, and no temporary file left behind, written or not.
 *
 * @author Livsviktig
 */
public class XlsxWorkbooksTest {

	@Test
	public void aSheetNameHoldsNoCharacterExcelRefusesAndAtMost31() {
		assertEquals("Q1 Q2", XlsxWorkbooks.sheetName("Q1:Q2?", "x"));
		assertEquals("a b c d e", XlsxWorkbooks.sheetName("a[b]c/d\\e*", "x"));
		assertEquals(
			"Deltagare", XlsxWorkbooks.sheetName(" [] ", "Deltagare"));
		assertEquals(
			"1234567890123456789012345678901",
			XlsxWorkbooks.sheetName(
				"1234567890123456789012345678901234567890", "x"));
		assertEquals(
			"MHFA 2027-03-04",
			XlsxWorkbooks.sheetName(
				"MHFA 2027-03-04                 tail", "x"));
	}

	@Test
	public void theWorksheetsRangeIsDeclaredAndNoTemporaryFileStays(
			@TempDir Path temporaryFolder)
		throws Exception {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		XlsxWorkbooks.writeWithDeclaredRange(
			byteArrayOutputStream, 12, 9,
			outputStream -> _workbook(outputStream, "<dimension ref=\"A1\"/>"),
			temporaryFolder.resolve("workbook.xlsx"));

		assertTrue(
			_worksheet(
				byteArrayOutputStream.toByteArray()
			).contains(
				"<dimension ref=\"A1:I12\"/>"
			));
		assertEquals(0, _files(temporaryFolder));
	}

	@Test
	public void aWorkbookThatFailsLeavesNoTemporaryFile(
			@TempDir Path temporaryFolder)
		throws Exception {

		assertThrows(
			IllegalStateException.class,
			() -> XlsxWorkbooks.writeWithDeclaredRange(
				new ByteArrayOutputStream(), 2, 2,
				outputStream -> _workbook(outputStream, "no dimension"),
				temporaryFolder.resolve("a.xlsx")));

		assertThrows(
			IOException.class,
			() -> XlsxWorkbooks.writeWithDeclaredRange(
				new ByteArrayOutputStream(), 2, 2,
				outputStream -> {
					throw new IOException("disk full");
				},
				temporaryFolder.resolve("b.xlsx")));

		assertEquals(0, _files(temporaryFolder));
	}

	private static long _files(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.count();
		}
	}

	private static void _workbook(
			java.io.OutputStream outputStream, String worksheet)
		throws IOException {

		ZipOutputStream zipOutputStream = new ZipOutputStream(outputStream);

		zipOutputStream.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
		zipOutputStream.write(
			("<worksheet>" + worksheet + "</worksheet>").getBytes(
				StandardCharsets.UTF_8));
		zipOutputStream.closeEntry();
		zipOutputStream.finish();
	}

	private static String _worksheet(byte[] workbook) throws IOException {
		try (ZipInputStream zipInputStream = new ZipInputStream(
				new ByteArrayInputStream(workbook))) {

			for (ZipEntry zipEntry = zipInputStream.getNextEntry();
				 zipEntry != null; zipEntry = zipInputStream.getNextEntry()) {

				if (zipEntry.getName(
					).equals(
						"xl/worksheets/sheet1.xml"
					)) {

					return new String(
						zipInputStream.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}

		throw new AssertionError("No worksheet");
	}

}
