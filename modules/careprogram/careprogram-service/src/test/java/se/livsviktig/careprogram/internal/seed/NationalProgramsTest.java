package se.livsviktig.careprogram.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class NationalProgramsTest {

	@Test
	public void eachLineIsANameAndALinkNotesAndBlankLinesSkipped()
		throws Exception {

		List<NationalPrograms.NationalProgram> nationalPrograms = _read(
			"# Källa: vardochinsats.se\n\nSjälvskadebeteende\t" +
				"https://example.se/sjalvskada \n");

		assertEquals(1, nationalPrograms.size());
		assertEquals("Självskadebeteende", nationalPrograms.get(0).getName());
		assertEquals(
			"https://example.se/sjalvskada",
			nationalPrograms.get(0).getNationalURL());
	}

	@Test
	public void anEnglishNameMayStandBetween() throws Exception {
		List<NationalPrograms.NationalProgram> nationalPrograms = _read(
			"Adhd\tADHD\thttps://example.se/adhd/\n");

		assertEquals("Adhd", nationalPrograms.get(0).getName());
		assertEquals("ADHD", nationalPrograms.get(0).getEnglishName());
		assertEquals(
			"https://example.se/adhd/",
			nationalPrograms.get(0).getNationalURL());
	}

	@Test
	public void aLineWithoutALinkIsAnError() {
		assertThrows(IOException.class, () -> _read("Depression\n"));
		assertThrows(IOException.class, () -> _read("Depression\t \n"));
		assertThrows(
			IOException.class, () -> _read("Depression\ta\tb\thttps://x.se\n"));
	}

	/**
	 * The list the seed button reads (helper cpreview's research on vardochinsats.se) is in the bundle and every
	 * line of it reads.
	 */
	@Test
	public void theBundlesListReadsAndEveryLinkIsAWebAddress()
		throws Exception {

		try (InputStream inputStream =
				NationalPrograms.class.getResourceAsStream(
					NationalPrograms.RESOURCE_NAME)) {

			assertNotNull(inputStream, NationalPrograms.RESOURCE_NAME);

			List<NationalPrograms.NationalProgram> nationalPrograms =
				NationalPrograms.read(inputStream);

			assertFalse(nationalPrograms.isEmpty());

			for (NationalPrograms.NationalProgram nationalProgram :
					nationalPrograms) {

				assertTrue(
					nationalProgram.getNationalURL(
					).startsWith(
						"https://"
					),
					nationalProgram.getNationalURL());
			}
		}
	}

	private static List<NationalPrograms.NationalProgram> _read(String text)
		throws IOException {

		return NationalPrograms.read(
			new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
