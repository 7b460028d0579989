package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.CareProgramTitleException;

/**
 * @author Livsviktig
 */
public class CareProgramTitlesTest {

	@Test
	public void aTitleInTheSitesDefaultLanguageIsRequired() {
		assertThrows(
			CareProgramTitleException.class,
			() -> CareProgramTitles.validate(
				Map.of(Locale.US, "Depression"), _SWEDISH));
		assertThrows(
			CareProgramTitleException.class,
			() -> CareProgramTitles.validate(Map.of(_SWEDISH, "  "), _SWEDISH));
		assertThrows(
			CareProgramTitleException.class,
			() -> CareProgramTitles.validate(null, _SWEDISH));
	}

	@Test
	public void titlesAreTrimmedAndBlankOnesLeftOut() throws Exception {
		Map<Locale, String> titleMap = new HashMap<>();

		titleMap.put(_SWEDISH, " Självskadebeteende ");
		titleMap.put(Locale.US, " ");

		assertEquals(
			Map.of(_SWEDISH, "Självskadebeteende"),
			CareProgramTitles.validate(titleMap, _SWEDISH));
	}

	@Test
	public void aTitleLongerThan300CharactersIsRefused() {
		assertThrows(
			CareProgramTitleException.class,
			() -> CareProgramTitles.validate(
				Map.of(_SWEDISH, "a".repeat(301)), _SWEDISH));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
