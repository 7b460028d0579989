package se.livsviktig.training.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Folding by octets: no line over 75 octets, no character cut in two, and unfolding gives the line back.
 *
 * @author Livsviktig
 */
public class OctetLineFolderTest {

	@Test
	public void aLineOfSwedishLettersAndEmojiFoldsWithinCharacters()
		throws Exception {

		StringBuilder sb = new StringBuilder("DESCRIPTION:");

		for (int i = 0; i < 40; i++) {
			sb.append("åäö😀");
		}

		String line = sb.toString();

		String folded = OctetLineFolder.fold(line + "\r\nEND:VEVENT\r\n");

		for (String foldedLine : folded.split("\r\n")) {
			byte[] octets = foldedLine.getBytes(StandardCharsets.UTF_8);

			assertTrue(octets.length <= 75, foldedLine);

			_decodeStrictly(octets);
		}

		assertEquals(
			line + "\r\nEND:VEVENT\r\n", folded.replace("\r\n ", ""));
	}

	@Test
	public void aLineOf75OctetsStaysWhole() {
		String line = "X-TEST:" + "ö".repeat(34);

		assertEquals(75, line.getBytes(StandardCharsets.UTF_8).length);
		assertEquals(line + "\r\n", OctetLineFolder.fold(line + "\r\n"));
		assertEquals(
			"X-TEST:" + "ö".repeat(34) + "\r\n ö\r\n",
			OctetLineFolder.fold(line + "ö\r\n"));
	}

	private static void _decodeStrictly(byte[] octets)
		throws CharacterCodingException {

		StandardCharsets.UTF_8.newDecoder(
		).onMalformedInput(
			CodingErrorAction.REPORT
		).onUnmappableCharacter(
			CodingErrorAction.REPORT
		).decode(
			ByteBuffer.wrap(octets)
		);
	}

}
