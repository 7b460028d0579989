package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.Test;

public class ResultsCsvWriterTest {

	@Test
	public void fileStartsWithAByteOrderMarkAndIsUtf8() throws Exception {
		byte[] bytes = _write(new Object[] {"Förvaltning"});

		assertArrayEquals(
			new byte[] {(byte)0xEF, (byte)0xBB, (byte)0xBF},
			Arrays.copyOf(bytes, 3));
		assertEquals("Förvaltning", _read(bytes).get(0).get(0));
	}

	@Test
	public void formulasAreDefused() throws Exception {
		List<CSVRecord> records = _read(
			_write(
				new Object[] {
					"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx",
					"a=b"
				}));

		CSVRecord record = records.get(0);

		assertEquals("'=HYPERLINK(\"http://x\")", record.get(0));
		assertEquals("'+1", record.get(1));
		assertEquals("'-2", record.get(2));
		assertEquals("'@SUM(A1)", record.get(3));
		assertEquals("'\tx", record.get(4));
		assertEquals("a=b", record.get(5));
	}

	@Test
	public void linesEndWithCrlfAndSpecialCharactersAreQuoted()
		throws Exception {

		byte[] bytes = _write(
			new Object[] {"a;b", "say \"hi\"", "two\nlines", "plain"},
			new Object[] {"x"});

		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);

		assertEquals(
			"\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";plain\r\nx\r\n", text);

		List<CSVRecord> records = _read(bytes);

		assertEquals(
			Arrays.asList("a;b", "say \"hi\"", "two\nlines", "plain"),
			records.get(0).toList());
	}

	@Test
	public void meansHaveTwoDecimalsAndADecimalComma() throws Exception {
		CSVRecord record = _read(
			_write(
				new Object[] {
					OptionalDouble.of(3.456), OptionalDouble.empty(), 7L, 8
				})).get(0);

		assertEquals("3,46", record.get(0));
		assertEquals("", record.get(1));
		assertEquals("7", record.get(2));
		assertEquals("8", record.get(3));
	}

	@Test
	public void suppressedCountIsTheMarkerNeverANumber() throws Exception {
		CSVRecord record = _read(
			_write(
				new Object[] {
					"Nej", OptionalLong.empty(), OptionalLong.of(12)
				})).get(0);

		assertEquals("färre än 5 svar", record.get(1));
		assertEquals("12", record.get(2));
	}

	@Test
	public void unknownCellTypesAreRefused() {
		assertThrows(
			IllegalArgumentException.class,
			() -> _write(new Object[] {new Object()}));
	}

	private static List<CSVRecord> _read(byte[] bytes) throws Exception {
		String text = new String(bytes, StandardCharsets.UTF_8);

		assertEquals('\uFEFF', text.charAt(0));

		return CSVFormat.RFC4180.builder(
		).setDelimiter(
			';'
		).get(
		).parse(
			new StringReader(text.substring(1))
		).getRecords();
	}

	private static byte[] _write(Object[]... rows) throws Exception {
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		ResultsCsvWriter writer = new ResultsCsvWriter(
			outputStream, "färre än 5 svar");

		for (Object[] row : rows) {
			writer.writeRow(row);
		}

		writer.flush();

		return outputStream.toByteArray();
	}

}
