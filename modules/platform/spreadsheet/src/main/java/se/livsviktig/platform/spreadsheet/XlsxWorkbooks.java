package se.livsviktig.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every Livsviktig XLSX export does around its one worksheet: a sheet name Excel opens, and the worksheet's
 * used range declared on the way out ({@link SheetDimension}), so readers in read-only mode see every cell.
 *
 * @author Livsviktig
 */
public final class XlsxWorkbooks {

	public static final String CONTENT_TYPE =
		"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * A sheet name Excel opens: none of the characters it refuses in one ([ ] : * ? / \), at most 31 characters,
	 * not blank. A title that breaks these rules makes a workbook Excel calls corrupt.
	 *
	 * @param fallback the name when nothing of the title is left
	 */
	public static String sheetName(String title, String fallback) {
		String sheetName = title.replaceAll(
			"[\\[\\]:*?/\\\\]", " "
		).trim();

		if (sheetName.length() > _MAX_SHEET_NAME_LENGTH) {
			sheetName = sheetName.substring(
				0, _MAX_SHEET_NAME_LENGTH
			).trim();
		}

		if (sheetName.isEmpty()) {
			return fallback;
		}

		return sheetName;
	}

	/**
	 * Writes a workbook of one worksheet ({@code xl/worksheets/sheet1.xml}) to the output stream with its range
	 * declared as {@code rows} rows and {@code columns} columns from A1. The workbook is written to a temporary
	 * file first, since the range can only be declared in the finished file; the file is always deleted.
	 */
	public static void writeWithDeclaredRange(
			OutputStream outputStream, int rows, int columns,
			WorkbookWriter workbookWriter)
		throws IOException {

		writeWithDeclaredRange(
			outputStream, rows, columns, workbookWriter,
			Files.createTempFile("livsviktig-", ".xlsx"));
	}

	/**
	 * @param workbookPath the temporary file, deleted when done
	 */
	static void writeWithDeclaredRange(
			OutputStream outputStream, int rows, int columns,
			WorkbookWriter workbookWriter, Path workbookPath)
		throws IOException {

		try {
			try (OutputStream workbookOutputStream = Files.newOutputStream(
					workbookPath)) {

				workbookWriter.write(workbookOutputStream);
			}

			SheetDimension sheetDimension = new SheetDimension(
				"xl/worksheets/sheet1.xml",
				SheetDimension.range(rows, columns));

			sheetDimension.copy(workbookPath, outputStream);
		}
		finally {
			Files.deleteIfExists(workbookPath);
		}
	}

	/**
	 * Writes the finished workbook to the stream (fastexcel's {@code Workbook} over it, finished, not closed).
	 */
	@FunctionalInterface
	public interface WorkbookWriter {

		public void write(OutputStream outputStream) throws IOException;

	}

	private XlsxWorkbooks() {
	}

	private static final int _MAX_SHEET_NAME_LENGTH = 31;

}
