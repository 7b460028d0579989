package se.livsviktig.platform.uad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A bundle's texts come from the Language files its class loader finds, in the reader's language; a key the
 * bundle has no text for is shown as itself rather than failing the screen.
 *
 * @author Livsviktig
 */
public class UADLanguageTest {

	@Test
	public void aKeyWithoutATextIsShownAsItself() {
		assertEquals(
			"status-unknown",
			UADLanguage.get(
				UADLanguageTest.class, Locale.US, "status-unknown"));
	}

	@Test
	public void theTextIsTheBundlesInTheReadersLanguage() {
		assertEquals(
			"Ja",
			UADLanguage.get(
				UADLanguageTest.class, new Locale("sv", "SE"), "yes"));
		assertEquals(
			"Yes", UADLanguage.get(UADLanguageTest.class, Locale.US, "yes"));
	}

}
