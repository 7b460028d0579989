package se.livsviktig.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CSV every export writes: byte order mark, semicolons, CRLF, quoting, formula cells neutralised, numbers as
 * they are.
 *
 * @author Livsviktig
 */
public class SpreadsheetCsvTest {

	@Test
	public void aCellASpreadsheetWouldRunGetsAnApostrophe() {
		assertEquals("'=1+1", SpreadsheetCsv.neutralize("=1+1"));
		assertEquals("'+1", SpreadsheetCsv.neutralize("+1"));
		assertEquals("'-1", SpreadsheetCsv.neutralize("-1"));
		assertEquals("'@x", SpreadsheetCsv.neutralize("@x"));
		assertEquals("'\tx", SpreadsheetCsv.neutralize("\tx"));
		assertEquals("'\rx", SpreadsheetCsv.neutralize("\rx"));
		assertEquals("a=1", SpreadsheetCsv.neutralize("a=1"));
		assertEquals("Öberg-Åhs", SpreadsheetCsv.neutralize("Öberg-Åhs"));
		assertEquals("", SpreadsheetCsv.neutralize(null));
	}

	@Test
	public void rowsAreSemicolonSeparatedWithCrlfAfterAByteOrderMark() {
		assertEquals(
			"\uFEFFNamn;Förvaltning\r\nÅsa Öberg;SOF\r\n",
			_string(
				new SpreadsheetCsv(
				).row(
					List.of("Namn", "Förvaltning")
				).row(
					List.of("Åsa Öberg", "SOF")
				)));
	}

	@Test
	public void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
		assertEquals(
			"\uFEFF\"a;b\";\"say \"\"hej\"\"\";\"two\nlines\";\"1,5 h\";plain\r\n",
			_string(
				new SpreadsheetCsv(
				).row(
					List.of("a;b", "say \"hej\"", "two\nlines", "1,5 h", "plain")
				)));
	}

	@Test
	public void aNeutralisedCellIsQuotedWhenItNeedsToBe() {
		assertEquals(
			"\uFEFF\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\r\n",
			_string(
				new SpreadsheetCsv(
				).row(
					List.of("=HYPERLINK(\"x\";\"y\")")
				)));
	}

	@Test
	public void numbersAreWrittenAsTheyAreBetweenTextCells() {
		assertEquals(
			"\uFEFFMHFA;-12;24,5;\r\n",
			_string(
				new SpreadsheetCsv(
				).text(
					"MHFA"
				).number(
					"-12"
				).number(
					"24,5"
				).text(
					null
				).endRow()));
	}

	@Test
	public void textIsRefusedAsANumber() {
		for (String notANumber : Arrays.asList("=1+1", "12;3", "1.5", "", "-")) {
			assertThrows(
				IllegalArgumentException.class,
				() -> new SpreadsheetCsv().number(notANumber), notANumber);
		}
	}

	@Test
	public void eachWriteSendsWhatCameSinceTheLastWithTheMarkOnce()
		throws Exception {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		SpreadsheetCsv spreadsheetCsv = new SpreadsheetCsv();

		spreadsheetCsv.row(List.of("a"));
		spreadsheetCsv.writeTo(byteArrayOutputStream);
		spreadsheetCsv.row(List.of("b"));
		spreadsheetCsv.writeTo(byteArrayOutputStream);
		spreadsheetCsv.writeTo(byteArrayOutputStream);

		assertEquals(
			"\uFEFFa\r\nb\r\n",
			new String(
				byteArrayOutputStream.toByteArray(), StandardCharsets.UTF_8));
	}

	private static String _string(SpreadsheetCsv spreadsheetCsv) {
		return new String(spreadsheetCsv.toBytes(), StandardCharsets.UTF_8);
	}

}
