package se.livsviktig.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Declares a worksheet's used range ({@code <dimension ref>}) in a finished workbook. fastexcel (0.18.4 up to
 * 0.20.2, its issue 452) always declares {@code A1}, and readers in read-only mode (openpyxl, csvkit) trust the
 * declaration and see one cell. The writer offers no way to set it, so the workbook is copied with the range
 * put in its place; everything else is copied as it is.
 *
 * @author Livsviktig
 */
public class SheetDimension {

	/**
	 * The range of {@code rows} rows and {@code columns} columns from A1, such as {@code A1:I12}.
	 */
	public static String range(int rows, int columns) {
		if ((rows <= 1) && (columns <= 1)) {
			return "A1";
		}

		return "A1:" + columnName(Math.max(columns, 1) - 1) +
			Math.max(rows, 1);
	}

	/**
	 * A column's letters, from 0: A, …, Z, AA, AB, …
	 */
	public static String columnName(int column) {
		StringBuilder sb = new StringBuilder();

		for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
			sb.insert(0, (char)('A' + ((rest - 1) % 26)));
		}

		return sb.toString();
	}

	public SheetDimension(String worksheetEntryName, String range) {
		_worksheetEntryName = worksheetEntryName;
		_range = range;
	}

	/**
	 * Copies the workbook to the output stream with the worksheet's range declared. The workbook is read from a
	 * file through its central directory: fastexcel's zip writer (opczip) ends each entry with a Zip64 data
	 * descriptor, which {@link java.util.zip.ZipInputStream} misreads before Java 21.
	 *
	 * @throws IllegalStateException if the worksheet or its dimension is not there: the writer changed and this
	 *         copy would no longer do what it says
	 */
	public void copy(Path workbook, OutputStream outputStream)
		throws IOException {

		ZipOutputStream zipOutputStream = new ZipOutputStream(outputStream);

		try (ZipFile zipFile = new ZipFile(workbook.toFile())) {
			if (zipFile.getEntry(_worksheetEntryName) == null) {
				throw new IllegalStateException(
					"No worksheet " + _worksheetEntryName + " in the workbook");
			}

			Enumeration<? extends ZipEntry> zipEntries = zipFile.entries();

			while (zipEntries.hasMoreElements()) {
				ZipEntry zipEntry = zipEntries.nextElement();

				zipOutputStream.putNextEntry(new ZipEntry(zipEntry.getName()));

				try (InputStream inputStream = zipFile.getInputStream(
						zipEntry)) {

					if (_worksheetEntryName.equals(zipEntry.getName())) {
						zipOutputStream.write(_declare(inputStream));
					}
					else {
						inputStream.transferTo(zipOutputStream);
					}
				}

				zipOutputStream.closeEntry();
			}
		}

		// Finish, not close: the output stream belongs to the caller.

		zipOutputStream.finish();
	}

	private byte[] _declare(InputStream worksheet) throws IOException {
		String xml = new String(
			worksheet.readAllBytes(), StandardCharsets.UTF_8);

		Matcher matcher = _DIMENSION_PATTERN.matcher(xml);

		if (!matcher.find()) {
			throw new IllegalStateException(
				"No dimension in " + _worksheetEntryName);
		}

		String declared =
			xml.substring(0, matcher.start()) + "<dimension ref=\"" + _range +
				"\"/>" + xml.substring(matcher.end());

		return declared.getBytes(StandardCharsets.UTF_8);
	}

	private static final Pattern _DIMENSION_PATTERN = Pattern.compile(
		"<dimension ref=\"[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?\"/>");

	private final String _range;
	private final String _worksheetEntryName;

}
