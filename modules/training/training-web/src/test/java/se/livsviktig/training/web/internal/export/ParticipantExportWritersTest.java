package se.livsviktig.training.web.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.junit.jupiter.api.Test;

/**
 * The participant list written as CSV and as XLSX and read back: the headers and every cell as given, Swedish
 * characters intact, and nothing a participant or coordinator typed taken for a formula.
 *
 * @author Livsviktig
 */
public class ParticipantExportWritersTest {

	@Test
	public void theCsvReadsBackWithFormulasNeutralised() {
		byte[] bytes = new ParticipantCsvWriter().write(_participantTable());

		assertEquals((byte)0xEF, bytes[0]);
		assertEquals((byte)0xBB, bytes[1]);
		assertEquals((byte)0xBF, bytes[2]);

		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);

		List<List<String>> rows = CsvTestReader.parse(csv);

		assertEquals(
			Arrays.asList(
				"Namn", "E-postadress", "Organisation", "Kostbehov",
				"Skäl till avbokning"),
			rows.get(0));
		assertEquals(
			Arrays.asList(
				"Åsa Öberg", "asa.oberg@kommun.se", "Äldreförvaltningen",
				"Laktosfri; ej \"vanlig\" mjölk", ""),
			rows.get(1));
		assertEquals(
			Arrays.asList(
				"'=HYPERLINK(\"http://x\")", "'+46701234567", "'-2+3",
				"'@SUM(A1:A2)", "'\tTAB"),
			rows.get(2));
		assertEquals(3, rows.size());
		assertTrue(csv.endsWith("\r\n"));
	}

	@Test
	public void theXlsxReadsBackAsTextCells() throws Exception {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		new ParticipantXlsxWriter().write(
			_participantTable(), byteArrayOutputStream);

		try (ReadableWorkbook readableWorkbook = new ReadableWorkbook(
				new ByteArrayInputStream(
					byteArrayOutputStream.toByteArray()))) {

			Sheet sheet = readableWorkbook.getFirstSheet();

			assertEquals("MHFA Vuxen  Första hjälpen", sheet.getName());

			List<Row> rows = sheet.read();

			assertEquals(3, rows.size());
			assertEquals(
				Arrays.asList(
					"Namn", "E-postadress", "Organisation", "Kostbehov",
					"Skäl till avbokning"),
				_texts(rows.get(0), 5));
			assertEquals(
				Arrays.asList(
					"Åsa Öberg", "asa.oberg@kommun.se", "Äldreförvaltningen",
					"Laktosfri; ej \"vanlig\" mjölk", ""),
				_texts(rows.get(1), 5));
			assertEquals(
				Arrays.asList(
					"=HYPERLINK(\"http://x\")", "+46701234567", "-2+3",
					"@SUM(A1:A2)", "\tTAB"),
				_texts(rows.get(2), 5));

			for (Cell cell : rows.get(2)) {
				assertEquals(CellType.STRING, cell.getType(), cell.toString());
			}
		}
	}

	private ParticipantTable _participantTable() {
		ParticipantTable participantTable = new ParticipantTable(
			"MHFA Vuxen: Första hjälpen",
			Arrays.asList(
				"Namn", "E-postadress", "Organisation", "Kostbehov",
				"Skäl till avbokning"));

		participantTable.addRow(
			Arrays.asList(
				"Åsa Öberg", "asa.oberg@kommun.se", "Äldreförvaltningen",
				"Laktosfri; ej \"vanlig\" mjölk", ""));
		participantTable.addRow(
			Arrays.asList(
				"=HYPERLINK(\"http://x\")", "+46701234567", "-2+3",
				"@SUM(A1:A2)", "\tTAB"));

		return participantTable;
	}

	private List<String> _texts(Row row, int columns) {
		List<String> texts = new ArrayList<>();

		for (int i = 0; i < columns; i++) {
			texts.add(
				row.getCellAsString(
					i
				).orElse(
					""
				));
		}

		return texts;
	}

}
