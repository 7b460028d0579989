package se.livsviktig.careprogram.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class CareProgramSearchTextTest {

	@Test
	public void everyTranslationIsLowercasedOnALineOfItsOwn() {
		Map<Locale, String> titles = new LinkedHashMap<>();

		titles.put(_SWEDISH, " Självskadebeteende ÅÄÖ ");
		titles.put(Locale.US, "Self-harm");

		assertEquals(
			"self-harm\nsjälvskadebeteende åäö",
			CareProgramSearchText.of(titles));
	}

	@Test
	public void theSameTitleInTwoLanguagesIsKeptOnceAndBlanksNotAtAll() {
		Map<Locale, String> titles = new LinkedHashMap<>();

		titles.put(Locale.US, "Depression");
		titles.put(Locale.UK, "Depression");
		titles.put(_SWEDISH, " ");

		assertEquals("depression", CareProgramSearchText.of(titles));
		assertEquals("", CareProgramSearchText.of(null));
	}

	@Test
	public void theLanguagesXmlIsNotPartOfTheText() {
		String searchText = CareProgramSearchText.of(
			Map.of(_SWEDISH, "Ångest"));

		assertEquals("ångest", searchText);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
