package se.livsviktig.platform.uad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.util.TimeZoneThreadLocal;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A day is written in the reader's language and falls where the page's time zone puts it: a moment late on the
 * 11th in UTC is the 12th in Stockholm.
 *
 * @author Livsviktig
 */
public class DisplayDateTest {

	@AfterEach
	public void tearDown() {
		TimeZoneThreadLocal.setThemeDisplayTimeZone(null);
	}

	@Test
	public void aDayIsInThePagesTimeZoneAndTheReadersLanguage() {
		TimeZoneThreadLocal.setThemeDisplayTimeZone(
			TimeZone.getTimeZone("Europe/Stockholm"));

		assertEquals(
			"12 mars 2026",
			DisplayDate.format(_LATE_ON_THE_11TH, new Locale("sv", "SE")));
		assertEquals(
			"Mar 12, 2026", DisplayDate.format(_LATE_ON_THE_11TH, Locale.US));
	}

	@Test
	public void noDayIsEmpty() {
		assertEquals("", DisplayDate.format(null, Locale.US));
	}

	@Test
	public void withoutAPageTheDayIsUTCs() {
		assertEquals(
			"Mar 11, 2026", DisplayDate.format(_LATE_ON_THE_11TH, Locale.US));
	}

	private static final Date _LATE_ON_THE_11TH = Date.from(
		Instant.parse("2026-03-11T23:30:00Z"));

}
