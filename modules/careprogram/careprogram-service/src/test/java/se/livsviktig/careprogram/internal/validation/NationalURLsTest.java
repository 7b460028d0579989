package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.livsviktig.careprogram.exception.CareProgramURLException;

/**
 * @author Livsviktig
 */
public class NationalURLsTest {

	@Test
	public void httpsAndHttpAddressesAreKeptTrimmed() throws Exception {
		assertEquals(
			"https://vardochinsats.se/adhd/",
			NationalURLs.validate("  https://vardochinsats.se/adhd/ "));
		assertEquals(
			"http://example.se/x", NationalURLs.validate("http://example.se/x"));
	}

	@Test
	public void noLinkIsAllowed() throws Exception {
		assertEquals("", NationalURLs.validate(null));
		assertEquals("", NationalURLs.validate("  "));
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"javascript:alert(1)", "data:text/html,<b>x</b>",
			"ftp://example.se/x", "vardochinsats.se", "https://", "http:// x"
		}
	)
	public void anythingButAWebAddressIsRefused(String url) {
		assertThrows(
			CareProgramURLException.class, () -> NationalURLs.validate(url));
	}

	@Test
	public void anAddressLongerThanTheColumnIsRefused() {
		assertThrows(
			CareProgramURLException.class,
			() -> NationalURLs.validate(
				"https://example.se/" + "a".repeat(1000)));
	}

}
